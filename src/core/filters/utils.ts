// What the organisation filter lists: groups, their companies, and how much each would keep.
import type { GraphIndex } from '../graph';
import { orgAncestors } from '../graph';
import type { OrgFilterGroup, OrgStats } from './types';

export function orgStats(index: GraphIndex): Map<string, OrgStats> {
  const stats = new Map<string, OrgStats>();
  for (const id of index.organizations.keys()) stats.set(id, { meetings: 0, people: 0 });
  for (const id of index.people.keys()) for (const org of index.orgsOf(id)) stats.get(org)!.people++;
  for (const m of index.graph.meetings) {
    const orgs = new Set<string>();
    for (const p of m.participants) for (const org of index.orgsOf(p)) orgs.add(org);
    for (const org of orgs) stats.get(org)!.meetings++;
  }
  return stats;
}

/** Top-level organisations with their sub-organisations, most meetings first (then most people, then name). */
export function orgFilterGroups(index: GraphIndex, stats = orgStats(index)): OrgFilterGroup[] {
  const order = (a: string, b: string) => {
    const [sa, sb] = [stats.get(a)!, stats.get(b)!];
    const [na, nb] = [index.organizations.get(a)!.name.en, index.organizations.get(b)!.name.en];
    return sb.meetings - sa.meetings || sb.people - sa.people || (na < nb ? -1 : na > nb ? 1 : 0);
  };
  const members = new Map<string, string[]>();
  for (const id of index.organizations.keys()) {
    // The last of the chain is the top; a parent cycle still yields one top per cycle.
    const chain = orgAncestors(index.organizations, id);
    const root = chain[chain.length - 1];
    if (!members.has(root)) members.set(root, []);
    if (root !== id) members.get(root)!.push(id);
  }
  return [...members.keys()].sort(order).map((org) => ({
    org,
    ...stats.get(org)!,
    members: members.get(org)!.sort(order),
  }));
}
