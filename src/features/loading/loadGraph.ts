// Fetches graph.json and turns every way it can be wrong into one specific, displayable problem.
import { SCHEMA_VERSION } from '../../core/schema';
import { buildIndex } from '../../core/graph';
import type { GraphIndex } from '../../core/graph/types';
import { checkReferences } from './checkReferences';
import { validateGraph } from './validate';

export type LoadProblem =
  | { kind: 'network' }
  | { kind: 'http'; status: number }
  | { kind: 'not-json'; html: boolean }
  | { kind: 'schema'; problems: string[]; more: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown-refs'; problems: string[]; more: number }
  | { kind: 'empty' };

export class GraphLoadError extends Error {
  constructor(readonly problem: LoadProblem) {
    super(`graph.json: ${problem.kind}`);
    this.name = 'GraphLoadError';
  }
}

const SHOWN_PROBLEMS = 5;

/** `meetings[3].participants[0]` from zod's path array. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

export function graphUrl(): string {
  return `${import.meta.env.BASE_URL}data/graph.json`;
}

/** Everything short of drawing: fetch, parse, validate, check links, index. */
export async function loadGraph(url: string, signal?: AbortSignal): Promise<GraphIndex> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch {
    throw new GraphLoadError({ kind: 'network' });
  }
  if (!response.ok) throw new GraphLoadError({ kind: 'http', status: response.status });

  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new GraphLoadError({ kind: 'network' });
  }
  // Load phases as User Timing marks: the benchmark prints where the time before the first frame goes.
  performance.mark('mg:load:fetched');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // A dev server or proxy answering with its index page is the usual cause; a cut-off download the other.
    throw new GraphLoadError({ kind: 'not-json', html: /^\s*</.test(text) });
  }
  performance.mark('mg:load:parsed');
  return indexGraph(raw);
}

/** Validation of an already parsed payload, separate from fetching so it can be tested alone. */
export async function indexGraph(raw: unknown): Promise<GraphIndex> {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) throw new GraphLoadError({ kind: 'newer', version });

  const parsed = await validateGraph(raw);
  if (!parsed.ok) {
    const problems = parsed.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
    throw new GraphLoadError({
      kind: 'schema',
      problems: problems.slice(0, SHOWN_PROBLEMS),
      more: Math.max(0, problems.length - SHOWN_PROBLEMS),
    });
  }
  const graph = parsed.graph;
  performance.mark('mg:load:validated');

  const broken = checkReferences(graph);
  if (broken.length > 0) {
    throw new GraphLoadError({
      kind: 'unknown-refs',
      problems: broken.slice(0, SHOWN_PROBLEMS),
      more: Math.max(0, broken.length - SHOWN_PROBLEMS),
    });
  }
  if (graph.meetings.length === 0 && graph.agreements.length === 0) throw new GraphLoadError({ kind: 'empty' });
  const index = buildIndex(graph);
  performance.mark('mg:load:indexed');
  return index;
}
