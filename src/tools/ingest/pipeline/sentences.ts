// Stage 4: the article's sentences, whole, with their offsets in the page (a quote is always one of them).
import { GLUED_CREDIT } from '../korean/lexicon';
import type { JudgedLine, Sentence } from './types';

const segmenter = new Intl.Segmenter('ko', { granularity: 'sentence' });

/** A broadcast's script prints no full stops: its polite endings close sentences too ("찾았습니다 이낙연 대표는"). */
const POLITE_END = /[가-힣]니다 (?=\S)/g;

/** The segmenter's sentences, each cut again after a polite ending that runs on without a full stop. */
function* segments(text: string): Generator<{ index: number; segment: string }> {
  for (const seg of segmenter.segment(text)) {
    let from = 0;
    for (const m of seg.segment.matchAll(POLITE_END)) {
      const to = m.index + m[0].length;
      yield { index: seg.index + from, segment: seg.segment.slice(from, to) };
      from = to;
    }
    yield { index: seg.index + from, segment: seg.segment.slice(from) };
  }
}

/** A full stop printed for a comma in a list ("경제. 통상, 농업 분야의"): a noun before it, the list going on after. */
function listGoesOn(piece: string, rest: string): boolean {
  return (
    /[가-힣]\.\s*$/.test(piece) &&
    !/(다|요|까|죠|니다|음|함|임|됨)\.\s*$/.test(piece) &&
    /^[가-힣A-Za-z]{1,8},\s/.test(rest)
  );
}

/** True while a quotation or bracket opened in the text is still open: a sentence does not end inside it. */
function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  if (count(/“/g) > count(/”/g) || count(/「/g) > count(/」/g) || count(/『/g) > count(/』/g)) return true;
  if (count(/\(/g) > count(/\)/g)) return true;
  return count(/"/g) % 2 === 1;
}

/** Stage 4: the article's sentences (headline, body and captions), in page order. */
export function sentences(lines: JudgedLine[]): Sentence[] {
  const out: Sentence[] = [];
  for (const { line, role } of lines) {
    if (role === 'chrome') continue;
    let pending: { start: number; end: number } | null = null;
    const flush = () => {
      if (!pending) return;
      const raw = line.text.slice(pending.start, pending.end);
      const trimmed = raw.trimStart();
      const lead = raw.length - trimmed.length + (trimmed.match(GLUED_CREDIT)?.[0].length ?? 0);
      const text = raw.slice(lead).trim();
      if (text) {
        const start = line.start + pending.start + lead;
        out.push({ i: out.length, start, end: start + text.length, text, line: line.n, role });
      }
      pending = null;
    };
    for (const seg of segments(line.text)) {
      const end = seg.index + seg.segment.length;
      pending = pending ? { start: pending.start, end } : { start: seg.index, end };
      // A gloss with a character the page lost ("양제츠(楊潔?) 국무위원이"): the sentence goes on.
      const piece = line.text.slice(pending.start, pending.end);
      if (!unbalanced(piece) && !/\([^()]{0,12}[?!]\)\s*$/.test(piece) && !listGoesOn(piece, line.text.slice(end)))
        flush();
    }
    flush();
  }
  return out;
}
