// What a failed download says: the graph's (loaded only when it fails), and an evidence file's or an export's.
import { SCHEMA_VERSION } from '../../core/schema/version';
import { useT, type Strings } from '../../i18n';
import { GraphLoadError, type LoadProblem } from './loadGraph';

/** What went wrong, in the reader's language: a sentence, and the problems found when there is a list. */
export function problemText(problem: LoadProblem, t: Strings): { text: string; list?: string[]; more?: number } {
  switch (problem.kind) {
    case 'network':
      return { text: t.errNetwork };
    case 'timeout':
      return { text: t.errTimeout(problem.seconds) };
    case 'http':
      return { text: t.errHttp(problem.status) };
    case 'not-json':
      return { text: problem.html ? t.errHtml : t.errNotJson };
    case 'newer':
      return { text: t.errNewer(problem.version, SCHEMA_VERSION) };
    case 'schema':
      return { text: t.errSchema, list: problem.problems, more: problem.more };
    case 'unknown-refs':
      return { text: t.errUnknownRefs, list: problem.problems, more: problem.more };
    case 'empty':
      return { text: t.errEmpty };
    case 'missing-record':
      return { text: t.errMissingRecord(problem.id) };
    case 'internal':
      return { text: t.errInternal(problem.message) };
  }
}

/** The problem in a sentence, then each problem found (a path and what is wrong there). */
export function ProblemDetails({ problem }: { problem: LoadProblem }) {
  const t = useT();
  const { text, list, more } = problemText(problem, t);
  return (
    <>
      <p>{text}</p>
      {list && (
        <ul className="load-state__problems">
          {list.map((line, i) => (
            <li key={i}>
              <code>{line}</code>
            </li>
          ))}
          {more ? <li>{t.errMoreProblems(more)}</li> : null}
        </ul>
      )}
    </>
  );
}

export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT();
  const problem: LoadProblem = error instanceof GraphLoadError ? error.problem : { kind: 'network' };
  return (
    <div className="load-state load-state--error" role="alert">
      <h2>{t.loadErrorTitle}</h2>
      <ProblemDetails problem={problem} />
      <div className="load-state__actions">
        <button type="button" className="btn btn--primary" onClick={onRetry}>
          {t.retry}
        </button>
        {problem.kind === 'newer' && (
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            {t.reload}
          </button>
        )}
      </div>
    </div>
  );
}
