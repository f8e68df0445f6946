// What an aggregate edge stands for, from its id alone: the panel needs no access to the drawn graph.
import type { GraphIndex } from '../graph';
import type { Agreement, Meeting } from '../schema';

/** What an aggregate line's id says (`parseAggregateId`): drawn node ids, a collapsed organisation or an entity. */
export interface AggregateEnds {
  kind: 'met' | 'agreement';
  a: string;
  b: string;
}

/** The entities a drawn node stands for: a collapsed organisation's people and sub-organisations, or itself. */
function sideOf(index: GraphIndex, collapsed: ReadonlySet<string>, node: string): (id: string) => boolean {
  if (!collapsed.has(node)) return (id) => id === node;
  return (id) => index.groupOf(id) === node;
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
