import { orgAncestors } from '../graph';
import type { GraphIndex } from '../graph/types';

/** Above this many people the graph opens with every organisation collapsed: a readable overview, drawn fast. */
export const COLLAPSE_ABOVE = 400;

/** The top-level organisation an entity is grouped under (a person's first affiliation), if any. */
export function groupOf(index: GraphIndex, entityId: string): string | undefined {
  const person = index.people.get(entityId);
  if (person) return person.group && index.organizations.has(person.group) ? person.group : undefined;
  if (!index.organizations.has(entityId)) return undefined;
  const chain = orgAncestors(index.organizations, entityId);
  return chain[chain.length - 1];
}

const groupsCache = new WeakMap<GraphIndex, ReadonlyMap<string, number>>();

/** Organisations that can collapse: top-level ones with at least one person, with their people counts. */
export function collapsibleGroups(index: GraphIndex): ReadonlyMap<string, number> {
  let out = groupsCache.get(index);
  if (out) return out;
  const counts = new Map<string, number>();
  for (const p of index.people.values()) {
    const g = groupOf(index, p.id);
    if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  groupsCache.set(index, (out = counts));
  return out;
}

export function defaultCollapsed(index: GraphIndex): ReadonlySet<string> {
  return index.people.size > COLLAPSE_ABOVE ? new Set(collapsibleGroups(index).keys()) : new Set();
}

/** The collapsed set with the organisations of these entities opened, or the same set when none was closed. */
export function expandedFor(
  index: GraphIndex,
  collapsed: ReadonlySet<string>,
  entityIds: readonly string[],
): ReadonlySet<string> {
  let next: Set<string> | null = null;
  for (const id of entityIds) {
    // Selecting a collapsed organisation itself keeps it collapsed: its panel offers to open it.
    if (collapsed.has(id)) continue;
    const g = groupOf(index, id);
    if (g && collapsed.has(g)) (next ??= new Set(collapsed)).delete(g);
  }
  return next ?? collapsed;
}

export const aggregateId = (kind: 'met' | 'agreement', a: string, b: string) => {
  const k = kind === 'met' ? 'met' : 'agr';
  return a < b ? `agg:${k}:${a}:${b}` : `agg:${k}:${b}:${a}`;
};

export const isAggregateId = (id: string) => id.startsWith('agg:');
