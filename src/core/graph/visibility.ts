// Reference semantics of what is in view: simple and slow. The tracker must agree with it (see tests).
import type { Agreement, Meeting } from '../schema';
import type { DayRange, GraphIndex, Visibility } from './types';
import { overlaps } from './utils';

/** Filter ids that are known organisations; unknown ids are ignored, so a filter of only unknown ids is off. */
export function knownOrgFilters(index: GraphIndex, orgFilters: readonly string[]): Set<string> {
  return new Set(orgFilters.filter((id) => index.organizations.has(id)));
}

/** Whether someone among `ids` belongs, directly or through ancestors, to a filter organisation. */
export function passesOrgFilter(index: GraphIndex, ids: readonly string[], filters: ReadonlySet<string>): boolean {
  if (filters.size === 0) return true;
  for (const id of ids) for (const org of index.orgsOf(id)) if (filters.has(org)) return true;
  return false;
}

export function computeVisibility(index: GraphIndex, range: DayRange, orgFilters: readonly string[]): Visibility {
  const filters = knownOrgFilters(index, orgFilters);
  const inView = <T extends Meeting | Agreement>(item: T, ids: readonly string[]) =>
    overlaps(index.daysOf(item.id)!, range) && passesOrgFilter(index, ids, filters);
  const inOrder = index.inOrder();
  const meetings = inOrder.meetings.filter((m) => inView(m, m.participants));
  const agreements = inOrder.agreements.filter((a) => inView(a, a.parties));
  const marks = new Set<string>();
  const drawn = index.marks();
  for (const item of [...meetings, ...agreements]) for (const id of drawn.of(item.id)) marks.add(id);

  const activeEntities = new Set<string>();
  const activate = (id: string) => {
    if (!index.people.has(id) && !index.organizations.has(id)) return;
    activeEntities.add(id);
    // An organisation lights up with its people (and so do its parents).
    if (index.people.has(id)) for (const org of index.orgsOf(id)) activeEntities.add(org);
  };
  for (const m of meetings) m.participants.forEach(activate);
  for (const a of agreements) a.parties.forEach(activate);
  return { meetings, agreements, marks, activeEntities };
}
