// The one check of a graph.json, for the loading worker and the meeting pages alike: the schema record by record,
// then the references between records. Problems are `path: message` lines, JSON paths as a reader writes them.
import type { Graph } from './graph';
import { checkReferences } from './references';
import { validateGraph } from './validate';
import { jsonPath } from './path';

export type GraphCheck =
  | { ok: true; graph: Graph }
  /** `schema`: a record is malformed; `unknown-refs`: records are well formed but name ids no record has. */
  | { ok: false; kind: 'schema' | 'unknown-refs'; problems: string[] };

/** graph.json, parsed, checked through and through. `validated` is called between the two steps (for timings). */
export function checkGraph(raw: unknown, validated?: () => void): GraphCheck {
  const result = validateGraph(raw);
  if (!result.ok)
    return { ok: false, kind: 'schema', problems: result.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`) };
  validated?.();
  const broken = checkReferences(result.graph);
  return broken.length > 0 ? { ok: false, kind: 'unknown-refs', problems: broken } : { ok: true, graph: result.graph };
}
