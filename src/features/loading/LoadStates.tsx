import { SCHEMA_VERSION } from '../../core/schema';
import { useT, type Strings } from '../../i18n';
import { GraphLoadError, type LoadProblem } from './loadGraph';
import './loading.css';

export function LoadingStatus() {
  const t = useT();
  return (
    <div className="load-state" role="status">
      <span className="load-state__spinner" aria-hidden="true" />
      <p>{t.loading}</p>
    </div>
  );
}

function reason(problem: LoadProblem, t: Strings): { text: string; list?: string[]; more?: number } {
  switch (problem.kind) {
    case 'network':
      return { text: t.errNetwork };
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
  }
}

export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT();
  const problem: LoadProblem = error instanceof GraphLoadError ? error.problem : { kind: 'network' };
  const { text, list, more } = reason(problem, t);
  return (
    <div className="load-state load-state--error" role="alert">
      <h2>{t.loadErrorTitle}</h2>
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
