import type { Agreement, Evidence, Meeting } from '../../core/schema';
import { useGraphIndex } from '../explorer/context';
import { useT } from '../../i18n';
import { ProblemDetails } from '../loading/LoadError';
import { evidenceFile, GraphLoadError, type LoadProblem } from '../loading/loadGraph';
import { useEvidence } from '../loading/queries';
import { Disagreements, SourceList } from './SourceList';

/**
 * A record's quotes, fetched from its evidence file when it is opened. A missing or damaged file says so here, with
 * a retry; the rest of the panel and the graph keep working.
 */
export function RecordEvidence({ record, level }: { record: Meeting | Agreement; level: 3 | 4 }) {
  const t = useT();
  const index = useGraphIndex();
  const query = useEvidence(record.evidence);
  if (query.isPending)
    return (
      <p className="evidence-state" role="status">
        {t.evidenceLoading}
      </p>
    );
  const evidence = query.data?.get(record.id);
  const unknown = evidence ? unknownArticles(evidence, record.id, index.articles) : [];
  if (!evidence || unknown.length > 0) {
    const problem: LoadProblem =
      query.error instanceof GraphLoadError
        ? query.error.problem
        : query.error
          ? { kind: 'internal', message: query.error.message }
          : evidence
            ? { kind: 'unknown-refs', problems: unknown.slice(0, 5), more: Math.max(0, unknown.length - 5) }
            : { kind: 'missing-record', id: record.id };
    return (
      <div className="evidence-state evidence-state--error" role="alert">
        <p>
          <strong>{t.evidenceError(evidenceFile(record.evidence))}</strong>
        </p>
        <ProblemDetails problem={problem} />
        <button type="button" className="btn" onClick={() => void query.refetch()} disabled={query.isFetching}>
          {t.retry}
        </button>
      </div>
    );
  }
  return (
    <>
      <SourceList sources={evidence.sources} />
      <Disagreements items={evidence.disagreements} level={level} />
    </>
  );
}

/** Quotes citing an article graph.json does not have: the file is wrong, and none of its quotes is shown. */
export function unknownArticles(evidence: Evidence, id: string, articles: ReadonlyMap<string, unknown>): string[] {
  const out: string[] = [];
  evidence.sources.forEach((q, i) => {
    if (!articles.has(q.article)) out.push(`records.${id}.sources[${i}].article: unknown article "${q.article}"`);
  });
  evidence.disagreements.forEach((d, i) =>
    d.versions.forEach((v, k) => {
      if (!articles.has(v.source.article))
        out.push(
          `records.${id}.disagreements[${i}].versions[${k}].source.article: unknown article "${v.source.article}"`,
        );
    }),
  );
  return out;
}
