// The one check of a graph.json, for the loading worker and the meeting pages alike: the schema record by record,
// then the references between records. Problems are `path: message` lines, JSON paths as a reader writes them.
import { decodeGraph } from './columns';
import type { Graph } from './graph';
import { checkReferences } from './references';
import { SCHEMA_VERSION } from './version';
import { validateGraph } from './validate';
import { jsonPath } from './path';

export type GraphCheck =
  | { ok: true; graph: Graph }
  /** `schema`: a record is malformed; `unknown-refs`: records are well formed but name ids no record has. */
  | { ok: false; kind: 'schema' | 'unknown-refs'; problems: string[] };

const schema = (issues: { path: PropertyKey[]; message: string }[]): GraphCheck => ({
  ok: false,
  kind: 'schema',
  problems: issues.map((i) => `${jsonPath(i.path)}: ${i.message}`),
});

/**
 * graph.json, parsed, checked through and through: its columns read back into records, each record against the
 * schema, then the references. `validated` is called before the last step (for timings).
 */
export function checkGraph(raw: unknown, validated?: () => void): GraphCheck {
  // Another version's columns are not these: say which version is expected rather than what each column lacks.
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION)
    return schema([
      { path: ['schemaVersion'], message: `expected ${SCHEMA_VERSION}, found ${JSON.stringify(version)}` },
    ]);
  const decoded = decodeGraph(raw);
  if (!decoded.ok) return schema(decoded.issues);
  const result = validateGraph(decoded.graph);
  if (!result.ok) return schema(result.issues);
  validated?.();
  const broken = checkReferences(result.graph);
  return broken.length > 0 ? { ok: false, kind: 'unknown-refs', problems: broken } : { ok: true, graph: result.graph };
}
