// One draft under review: the article on one side, the assistant's proposals on the other. Every change is saved
// to data/drafts/ as it is made; Check and Apply run the same path as `npm run ingest -- --apply`.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { deskApi } from './api';
import { ArticlePane } from './ArticlePane';
import type { ApplyView, DeskState, Draft, DraftView, FieldProblem } from './contract';
import { missedMeeting, setAt } from './draft';
import { useDeskT } from './lang';
import { Proposals } from './Proposals';
import { ArticleRecord } from './ArticleRecord';
import { Names } from './names';

type SaveState = 'saved' | 'saving' | 'invalid' | 'failed';

export function Review({ id }: { id: string }) {
  const t = useDeskT();
  const view = useQuery({ queryKey: ['draft', id], queryFn: () => deskApi.draft(id) });
  const state = useQuery({ queryKey: ['state'], queryFn: deskApi.state });
  if (view.isPending || state.isPending) return <p role="status">{t.loading}</p>;
  if (view.isError || state.isError)
    return (
      <div role="alert" className="card">
        <p>{t.failed((view.error ?? state.error)!.message)}</p>
        <a href="#/">{t.back}</a>
      </div>
    );
  return <Editor view={view.data} state={state.data} />;
}

function Editor({ view, state }: { view: DraftView; state: DeskState }) {
  const t = useDeskT();
  const queries = useQueryClient();
  const [draft, setDraft] = useState<Draft>(view.draft);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [selected, setSelected] = useState<string | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const [outcome, setOutcome] = useState<ApplyView | null>(null);
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const names = useMemo(() => new Names(state, draft), [state, draft]);

  // Saved as it is edited (a moment after the last change), so a page closed by mistake loses nothing.
  const first = useRef(true);
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  }, [draft]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setSaveState('saving');
    const timer = setTimeout(async () => {
      try {
        const r = await deskApi.save(view.id, draft);
        if (latest.current !== draft) return;
        setProblems(r.problems);
        setSaveState(r.saved ? 'saved' : 'invalid');
      } catch (e) {
        setFailure((e as Error).message);
        setSaveState('failed');
      }
    }, 400);
    return () => clearTimeout(timer);
  }, [draft, view.id]);

  const update = (path: (string | number)[], value: unknown) => {
    setOutcome(null);
    setDraft((d) => setAt(d, path, value));
  };
  const run = async (what: 'check' | 'apply') => {
    setBusy(what);
    setFailure(null);
    try {
      // Whatever is typed is saved first: the server checks the draft as it is on disk.
      const saved = await deskApi.save(view.id, latest.current);
      setProblems(saved.problems);
      if (!saved.saved) {
        setSaveState('invalid');
        return;
      }
      setSaveState('saved');
      const r = what === 'check' ? await deskApi.check(view.id) : await deskApi.apply(view.id);
      setOutcome(r);
      setProblems(r.problems);
      if (r.applied) await queries.invalidateQueries({ queryKey: ['state'] });
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const discard = async () => {
    if (!confirm(t.confirmDiscard)) return;
    await deskApi.discard(view.id);
    await queries.invalidateQueries({ queryKey: ['state'] });
    location.hash = '#/';
  };
  const addMissed = () => {
    const quotes = chosen.map((i) => view.sentences[i].text);
    const people = names.mentionedIn(quotes.join(' '));
    const taken = new Set([...(draft.meetings ?? []).flatMap((m) => (m.record ? [m.record.id] : []))]);
    const meetings = [...(draft.meetings ?? []), missedMeeting(draft, quotes, people, taken)];
    update(['meetings'], meetings);
    setSelected(`m${meetings.length - 1}`);
    setChosen([]);
  };

  if (outcome?.applied)
    return (
      <section className="card applied" aria-live="polite">
        <h2>{t.applied(outcome.applied.meetings, outcome.applied.sources, outcome.applied.people)}</h2>
        {outcome.mapLink && (
          <p>
            <a className="btn btn--primary" href={outcome.mapLink} target="_blank" rel="noopener noreferrer">
              {t.seeOnMap}
            </a>
          </p>
        )}
        <p>{t.publish}</p>
        <p>
          <a href="#/">{t.back}</a>
        </p>
      </section>
    );

  return (
    <div className="review">
      <p>
        <a href="#/">{t.back}</a>
      </p>
      <div className="review__columns">
        <ArticlePane
          lines={view.lines}
          sentences={view.sentences}
          draft={draft}
          selected={selected}
          chosen={chosen}
          onChoose={setChosen}
        />
        <div className="review__side">
          <ArticleRecord draft={draft} problems={problems} update={update} />
          <Proposals
            draft={draft}
            names={names}
            state={state}
            sentences={view.sentences}
            chosen={chosen}
            problems={problems}
            selected={selected}
            onSelect={setSelected}
            update={update}
            onQuoted={() => setChosen([])}
          />
          <button type="button" className="btn" disabled={chosen.length === 0} onClick={addMissed}>
            {t.missedMeeting}
          </button>
          <div className="actions" role="group" aria-label={t.apply}>
            <span className={`save save--${saveState}`} role="status">
              {saveState === 'saved' ? t.saved : saveState === 'saving' ? t.saving : t.notSaved}
            </span>
            <button type="button" className="btn" onClick={() => run('check')} disabled={busy !== null}>
              {busy === 'check' ? t.checking : t.check}
            </button>
            <button type="button" className="btn btn--primary" onClick={() => run('apply')} disabled={busy !== null}>
              {busy === 'apply' ? t.applying : t.apply}
            </button>
            <button type="button" className="btn btn--quiet" onClick={discard}>
              {t.discard}
            </button>
          </div>
          {outcome?.checked && outcome.problems.length === 0 && <p role="status">{t.checkedFine}</p>}
          {failure && <p role="alert">{t.failed(failure)}</p>}
          <Unplaced problems={problems} />
        </div>
      </div>
    </div>
  );
}

/** Problems no field shows (the whole draft, or a file the draft does not write). */
function Unplaced({ problems }: { problems: FieldProblem[] }) {
  const t = useDeskT();
  const shown = /^(meetings|people|organizations)\[\d+\]|^article\.record/;
  const loose = problems.filter((p) => !p.field || !shown.test(p.field));
  if (loose.length === 0) return null;
  return (
    <section className="card problems" aria-labelledby="problems-title">
      <h3 id="problems-title">{t.problemsHere}</h3>
      <ul role="alert">
        {loose.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
      </ul>
    </section>
  );
}
