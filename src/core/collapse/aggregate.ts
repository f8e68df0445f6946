// What an aggregate edge stands for, from its id alone: the panel needs no access to the drawn graph.
import type { GraphIndex } from '../graph/types';
import type { Agreement, Meeting } from '../schema';
import { groupOf } from './utils';

export interface AggregateEnds {
  kind: 'met' | 'agreement';
  /** Drawn node ids: a collapsed organisation or a person or organisation drawn as itself. */
  a: string;
  b: string;
}

export function parseAggregateId(id: string): AggregateEnds | null {
  const m = /^agg:(met|agr):([^:]+):([^:]+)$/.exec(id);
  return m ? { kind: m[1] === 'met' ? 'met' : 'agreement', a: m[2], b: m[3] } : null;
}

/** The entities a drawn node stands for: a collapsed organisation's people and sub-organisations, or itself. */
function sideOf(index: GraphIndex, collapsed: ReadonlySet<string>, node: string): (id: string) => boolean {
  if (!collapsed.has(node)) return (id) => id === node;
  return (id) => groupOf(index, id) === node;
}

/** Meetings (or agreements) between the two sides, newest first. */
export function aggregateItems(
  index: GraphIndex,
  collapsed: ReadonlySet<string>,
  ends: AggregateEnds,
): readonly (Meeting | Agreement)[] {
  const inA = sideOf(index, collapsed, ends.a);
  const inB = sideOf(index, collapsed, ends.b);
  const spans = (ids: readonly string[]) => ids.some(inA) && ids.some(inB);
  let items: (Meeting | Agreement)[];
  if (ends.kind === 'met') {
    // Only the meetings of one side's people can span both: far fewer than all meetings.
    const people = [...index.people.keys()].filter(inA);
    const seen = new Set<Meeting>();
    for (const p of people) for (const m of index.meetingsOf(p)) if (spans(m.participants)) seen.add(m);
    items = [...seen];
  } else items = index.graph.agreements.filter((a) => spans(a.parties));
  const from = (id: string) => index.daysOf(id)?.from ?? 0;
  return items.sort((x, y) => from(y.id) - from(x.id) || (x.id < y.id ? -1 : 1));
}
