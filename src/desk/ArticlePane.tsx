// The article as the page printed it: its own lines, and those judged not the article (menus, other stories),
// folded away. Each sentence can be selected (to quote it); those a selected proposal rests on are marked.
import { useState, type KeyboardEvent } from 'react';
import type { Draft, PageLineView, SentenceView } from './contract';
import { quotesOf } from './draft';
import { useDeskT } from './lang';

interface Props {
  lines: PageLineView[];
  sentences: SentenceView[];
  draft: Draft;
  /** The selected proposal: `m0` (a meeting), `p1` (a person), `o0` (an organisation). */
  selected: string | null;
  chosen: number[];
  onChoose(next: number[]): void;
}

/** The sentences a proposal rests on, as texts: its reading's sentences and the quotes it carries. */
function markedBy(draft: Draft, selected: string | null): { lines: Set<number>; texts: string[] } {
  const none = { lines: new Set<number>(), texts: [] };
  if (!selected) return none;
  const i = Number(selected.slice(1));
  const item =
    selected[0] === 'm' ? draft.meetings?.[i] : selected[0] === 'p' ? draft.people?.[i] : draft.organizations?.[i];
  if (!item) return none;
  const quotes = selected[0] === 'm' ? quotesOf(item as NonNullable<Draft['meetings']>[number]) : [];
  return {
    lines: new Set((item.sentences ?? []).map((s) => s.line)),
    texts: [...(item.sentences ?? []).map((s) => s.sentence), ...quotes],
  };
}

export function ArticlePane({ lines, sentences, draft, selected, chosen, onChoose }: Props) {
  const t = useDeskT();
  const [chrome, setChrome] = useState(false);
  const marked = markedBy(draft, selected);
  const isMarked = (s: SentenceView) =>
    marked.texts.some((x) => x === s.text || s.text.includes(x) || x.includes(s.text)) ||
    (marked.lines.has(s.line) && marked.texts.length === 0);
  const toggle = (i: number) =>
    onChoose(chosen.includes(i) ? chosen.filter((x) => x !== i) : [...chosen, i].sort((a, b) => a - b));
  const keyed = (i: number) => (e: KeyboardEvent) => {
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      toggle(i);
    }
  };
  const byLine = new Map<number, number[]>();
  sentences.forEach((s, i) => byLine.set(s.line, [...(byLine.get(s.line) ?? []), i]));

  return (
    <section className="article-pane card" aria-labelledby="article-title">
      <div className="article-pane__bar">
        <h2 id="article-title">{t.article}</h2>
        <button type="button" className="btn btn--quiet" onClick={() => setChrome(!chrome)} aria-pressed={chrome}>
          {chrome ? t.hideChrome : t.showChrome}
        </button>
      </div>
      <p className="muted">{t.quoteHelp}</p>
      <div className="article-text">
        {lines.map((line) => {
          if (!line.article)
            return chrome ? (
              <p key={line.n} className="line line--chrome" title={line.reason ? t.notArticle(line.reason) : undefined}>
                <span className="line__n">{line.n}</span>
                <span>{line.text}</span>
                {line.reason && <span className="line__reason">{t.notArticle(line.reason)}</span>}
              </p>
            ) : null;
          const here = byLine.get(line.n) ?? [];
          return (
            <p key={line.n} className="line">
              <span className="line__n">{line.n}</span>
              <span>
                {here.length === 0
                  ? line.text
                  : here.map((i) => (
                      <span
                        key={i}
                        role="checkbox"
                        tabIndex={0}
                        aria-checked={chosen.includes(i)}
                        className={`sentence${chosen.includes(i) ? ' sentence--chosen' : ''}${isMarked(sentences[i]) ? ' sentence--marked' : ''}`}
                        onClick={() => toggle(i)}
                        onKeyDown={keyed(i)}
                      >
                        {sentences[i].text}{' '}
                      </span>
                    ))}
              </span>
            </p>
          );
        })}
      </div>
    </section>
  );
}
