// The top-level organisation each person and organisation is grouped under: what collapses, and its colour.
import type { Organization, Person } from '../schema';
import { orgAncestors } from './utils';

export interface Groups {
  /** The top-level organisation an entity is grouped under (a person's `group`), if any. */
  groupOf(entityId: string): string | undefined;
  /** Organisations that can collapse: top-level ones with at least one person, with their people counts. */
  counts: ReadonlyMap<string, number>;
}

export function buildGroups(
  people: ReadonlyMap<string, Person>,
  organizations: ReadonlyMap<string, Organization>,
): Groups {
  const groupOf = (id: string) => {
    const person = people.get(id);
    if (person) return person.group && organizations.has(person.group) ? person.group : undefined;
    if (!organizations.has(id)) return undefined;
    const chain = orgAncestors(organizations, id);
    return chain[chain.length - 1];
  };
  const counts = new Map<string, number>();
  for (const p of people.values()) {
    const g = groupOf(p.id);
    if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return { groupOf, counts };
}
