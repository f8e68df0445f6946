import type { Aggregate, Projection, Thinned } from './types';
import type { GraphIndex } from '../graph/types';
import { aggregateId, groupOf } from './utils';

/**
 * Most lines between collapsed organisations an overview draws, per kind: beyond that a picture is a hairball and
 * a slow one. The weakest are left out (the legend says so); opening an organisation shows all of its lines.
 */
export const OVERVIEW_LINES: Thinned = { met: 2000, agreement: 500 };

/** What is drawn for a set of collapsed organisations: O(entities + edges), run when that set changes. */
export function project(index: GraphIndex, collapsed: ReadonlySet<string>, caps: Thinned = OVERVIEW_LINES): Projection {
  const rep = new Map<string, string>();
  if (collapsed.size > 0) {
    for (const id of index.people.keys()) {
      const g = groupOf(index, id);
      if (g && collapsed.has(g)) rep.set(id, g);
    }
    for (const id of index.organizations.keys()) {
      const g = groupOf(index, id);
      if (g && collapsed.has(g)) rep.set(id, g);
    }
  }
  const nodeOf = (id: string) => rep.get(id) ?? id;
  const edgeMap = new Map<string, string | null>();
  const aggregates = new Map<string, Aggregate>();
  const items = new Map<string, Set<string>>();
  if (collapsed.size > 0) {
    for (const e of index.graph.edges) {
      const s = nodeOf(e.source);
      const t = nodeOf(e.target);
      // Both ends drawn as themselves (a line to a collapsed organisation's own node included): kept as it is.
      if (s === e.source && t === e.target) continue;
      // A member's line to an organisation drawn inside a box, or a meeting inside one box: nothing to draw.
      if (e.kind === 'affiliation' || s === t) {
        edgeMap.set(e.id, null);
        continue;
      }
      const id = aggregateId(e.kind, s, t);
      let agg = aggregates.get(id);
      if (!agg) {
        agg = { id, kind: e.kind, source: s < t ? s : t, target: s < t ? t : s, edges: [], n: 0 };
        aggregates.set(id, agg);
        items.set(id, new Set());
      }
      agg.edges.push(e.id);
      const seen = items.get(id)!;
      for (const item of e.kind === 'met' ? e.meetings : e.agreements) seen.add(item);
      edgeMap.set(e.id, id);
    }
    for (const [id, seen] of items) aggregates.get(id)!.n = seen.size;
  }
  const thinned = { met: 1, agreement: 1 };
  for (const kind of ['met', 'agreement'] as const) {
    const between = [...aggregates.values()].filter(
      (a) => a.kind === kind && collapsed.has(a.source) && collapsed.has(a.target),
    );
    if (between.length <= caps[kind]) continue;
    // The least count that keeps at most `cap` lines: everything above the cap-th strongest line's count.
    const counts = between.map((a) => a.n).sort((x, y) => y - x);
    thinned[kind] = counts[caps[kind]] + 1;
    for (const a of between) {
      if (a.n >= thinned[kind]) continue;
      aggregates.delete(a.id);
      for (const e of a.edges) edgeMap.set(e, null);
    }
  }
  return {
    index,
    collapsed,
    nodeOf,
    edgeOf: (id) => (edgeMap.has(id) ? edgeMap.get(id)! : id),
    aggregates,
    thinned,
  };
}
