// Lookups over graph.json that the canvas's controllers and style share (the elements themselves: drawn.ts).
import type { GraphIndex } from '../../core/graph/types';

/** Meeting id → ids of the `met` edges that carry it (every pair of its participants). */
export function edgesByMeeting(index: GraphIndex): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of index.graph.edges) {
    if (e.kind !== 'met') continue;
    for (const m of e.meetings) {
      const list = map.get(m);
      if (list) list.push(e.id);
      else map.set(m, [e.id]);
    }
  }
  return map;
}

/** Largest meeting count on any edge, for the width mapping. */
export function maxEdgeWeight(index: GraphIndex): number {
  let max = 1;
  for (const e of index.graph.edges) {
    if (e.kind === 'met') max = Math.max(max, e.meetings.length);
    else if (e.kind === 'agreement') max = Math.max(max, e.agreements.length);
  }
  return max;
}

export function maxPersonMeetings(index: GraphIndex): number {
  let max = 1;
  for (const p of index.people.keys()) max = Math.max(max, index.meetingsOf(p).length);
  return max;
}
