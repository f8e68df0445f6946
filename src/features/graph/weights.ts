// Figures over graph.json that the stylesheet's mappings need (the elements themselves: core/drawn/).
import type { GraphIndex } from '../../core/graph';

/** Above this many elements: add in chunks across frames, cheaper edges, labels only when zoomed in. */
export const LARGE_GRAPH = 3000;
export const isLargeGraph = (index: GraphIndex) => index.graph.entities.length + index.marks().all.length > LARGE_GRAPH;

/** Most meetings on one pair line or agreements on one agreement line, for the width mapping. */
export function maxEdgeWeight(index: GraphIndex): number {
  let max = 1;
  for (const m of index.marks().all) {
    if (m.kind === 'pair') max = Math.max(max, m.meetings.length);
    else if (m.kind === 'agreement') max = Math.max(max, m.agreements.length);
  }
  return max;
}

export function maxPersonMeetings(index: GraphIndex): number {
  let max = 1;
  for (const p of index.people.keys()) max = Math.max(max, index.meetingsOf(p).length);
  return max;
}
