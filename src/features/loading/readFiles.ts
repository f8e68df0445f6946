// Fetch, parse, validate and check a data file: runs in the loading worker (graph.worker.ts), so zod and the
// work on a large file stay off the page's thread.
import { buildEdges } from '../../core/graph/edges';
import { byDate } from '../../core/graph/utils';
import { EvidenceFile, SCHEMA_VERSION, type Edge, type Evidence, type Graph } from '../../core/schema/graph';

export type EvidenceRecords = Record<string, Evidence>;
import { checkReferences } from './checkReferences';
import { GraphLoadError, jsonPath, SHOWN_PROBLEMS } from './problems';
import { validateGraph } from './validate';

/** The load phases, as times on the page's clock (`performance.timeOrigin` + now). */
export type Timings = Record<'fetched' | 'parsed' | 'validated' | 'checked', number>;
const now = () => performance.timeOrigin + performance.now();

async function fetchJson(url: string, file: string, signal?: AbortSignal, onFetched?: () => void): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch {
    throw new GraphLoadError({ kind: 'network' }, file);
  }
  if (!response.ok) throw new GraphLoadError({ kind: 'http', status: response.status }, file);
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new GraphLoadError({ kind: 'network' }, file);
  }
  onFetched?.();
  try {
    return JSON.parse(text);
  } catch {
    // A dev server or proxy answering with its index page is the usual cause; a cut-off download the other.
    throw new GraphLoadError({ kind: 'not-json', html: /^\s*</.test(text) }, file);
  }
}

function newerCheck(raw: unknown, file: string): void {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    throw new GraphLoadError({ kind: 'newer', version }, file);
}

const listed = (lines: string[]) => ({
  problems: lines.slice(0, SHOWN_PROBLEMS),
  more: Math.max(0, lines.length - SHOWN_PROBLEMS),
});

/** graph.json checked through and through, with the edges the app derives from it. */
export async function readGraph(
  url: string,
  signal?: AbortSignal,
): Promise<{ graph: Graph; edges: Edge[]; timings: Timings }> {
  let fetched = 0;
  const raw = await fetchJson(url, 'graph.json', signal, () => (fetched = now()));
  return checkGraph(raw, fetched);
}

/** Validation of an already parsed payload, separate from fetching so it can be tested alone. */
export async function checkGraph(
  raw: unknown,
  fetched = now(),
): Promise<{ graph: Graph; edges: Edge[]; timings: Timings }> {
  const parsed = now();
  newerCheck(raw, 'graph.json');
  // No pauses: nothing else runs on the worker's thread.
  const result = await validateGraph(raw, () => Promise.resolve());
  if (!result.ok)
    throw new GraphLoadError({
      kind: 'schema',
      ...listed(result.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`)),
    });
  const graph = result.graph;
  const validated = now();
  const broken = checkReferences(graph);
  if (broken.length > 0) throw new GraphLoadError({ kind: 'unknown-refs', ...listed(broken) });
  if (graph.meetings.length === 0 && graph.agreements.length === 0) throw new GraphLoadError({ kind: 'empty' });
  const people = graph.entities.filter((e) => e.kind === 'person');
  const edges = buildEdges(people, byDate(graph.meetings), byDate(graph.agreements));
  return { graph, edges, timings: { fetched, parsed, validated, checked: now() } };
}

/** An evidence file's records, checked against the schema. */
export async function readEvidence(url: string, file: string): Promise<EvidenceRecords> {
  const raw = await fetchJson(url, file);
  newerCheck(raw, file);
  const result = EvidenceFile.safeParse(raw);
  if (!result.success)
    throw new GraphLoadError(
      { kind: 'schema', ...listed(result.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`)) },
      file,
    );
  return result.data.records;
}
