import type { GraphIndex } from '../graph';

/** Above this many people the graph opens with every organisation collapsed: a readable overview, drawn fast. */
export const COLLAPSE_ABOVE = 400;

export function defaultCollapsed(index: GraphIndex): ReadonlySet<string> {
  return index.people.size > COLLAPSE_ABOVE ? new Set(index.collapsibleGroups().keys()) : new Set();
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
    const g = index.groupOf(id);
    if (g && collapsed.has(g)) (next ??= new Set(collapsed)).delete(g);
  }
  return next ?? collapsed;
}
