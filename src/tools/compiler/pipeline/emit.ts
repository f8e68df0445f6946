// Stage 6: assemble graph.json, check it against the contract the app validates, and serialise it
// deterministically (key order by construction, arrays sorted by the link stage).
import { createHash } from 'node:crypto';
import { Agreement, Article, Edge, Entity, Graph, Meeting, SCHEMA_VERSION } from '../../../core/schema/graph';
import type * as z from 'zod/mini';
import { drawnAsNode, meetingNodeId } from '../../../core/graph/marks';
import type { Layout, Linked, Problem } from './types';
import { formatPath } from './validate';

/** sha256 over each file's relative path and bytes, in sorted order; lengths keep the framing unambiguous. */
export function sourceDigest(files: { rel: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(`${f.rel}\0${f.bytes.length}\0`);
    hash.update(f.bytes);
  }
  return hash.digest('hex');
}

export function emit(
  linked: Linked,
  positions: Layout | null,
  digest: string,
): { graph: Graph | null; json: string | null; problems: Problem[] } {
  const at = (id: string) => {
    const p = positions?.at.get(id) ?? { x: 0, y: 0 };
    const g = positions?.grouped.get(id);
    return g ? { x: p.x, y: p.y, gx: g.x, gy: g.y } : { x: p.x, y: p.y };
  };
  const graph: Graph = {
    schemaVersion: SCHEMA_VERSION,
    sourceDigest: digest,
    articles: linked.articles,
    entities: [
      ...linked.people.map((p) => ({ ...p, ...at(p.id) })),
      ...linked.organizations.map((o) => ({ ...o, ...at(o.id) })),
    ],
    // A meeting drawn as a node carries its position; one of two people is the line between them.
    meetings: linked.meetings.map((m) => {
      const id = meetingNodeId(m.id);
      return positions?.at.has(id) && drawnAsNode(m.participants) ? { ...m, ...at(id) } : m;
    }),
    agreements: linked.agreements,
    edges: linked.edges,
  };
  const problems = checkGraph(graph);
  if (problems.length > 0) return { graph: null, json: null, problems };
  return { graph, json: JSON.stringify(graph) + '\n', problems: [] };
}

/** Same checks as `Graph.safeParse`, one record at a time, so a large graph is not copied whole in memory. */
function checkGraph(graph: Graph): Problem[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const check = (schema: z.ZodMiniType, value: unknown, base: PropertyKey[]) => {
    const r = schema.safeParse(value);
    if (!r.success) for (const i of r.error.issues) issues.push({ path: [...base, ...i.path], message: i.message });
  };
  check(Graph, { ...graph, articles: [], entities: [], meetings: [], agreements: [], edges: [] }, []);
  const lists: [keyof Graph, z.ZodMiniType][] = [
    ['articles', Article],
    ['entities', Entity],
    ['meetings', Meeting],
    ['agreements', Agreement],
    ['edges', Edge],
  ];
  for (const [key, schema] of lists) (graph[key] as unknown[]).forEach((v, i) => check(schema, v, [key, i]));
  return issues.slice(0, 20).map((i) => ({
    file: 'graph.json',
    line: 1,
    column: 1,
    message: `compiler bug: the output breaks the graph schema at ${formatPath(i.path.filter((s) => typeof s !== 'symbol'))}: ${i.message}`,
  }));
}
