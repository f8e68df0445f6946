// Meaning of a parsed link against the loaded data: unknown ids dropped, the range made usable.
import { overlaps } from '../graph';
import type { GraphIndex } from '../graph';
import { dateEndDay, dateStartDay } from '../schema/dates';
import type { NavNotice, NavState } from './types';
import { notice } from './utils';

/** Why `with` cannot open a pair's meetings (unknown, conflicting, or two who never met); undefined when it can. */
function pairProblem(
  index: GraphIndex,
  meeting: string | undefined,
  person: string | undefined,
  other: string,
): NavNotice['kind'] | undefined {
  if (!index.people.has(other)) return 'unknown-id';
  if (meeting !== undefined || person === undefined || !index.people.has(person)) return 'conflict';
  if (index.meetingsBetween(person, other).length === 0) return 'never-met';
  return undefined;
}

export function cleanNav(input: NavState, index: GraphIndex): { state: NavState; notices: NavNotice[] } {
  const notices: NavNotice[] = [];
  const { span } = index;
  let { meeting, person, with: other, from, to } = input;

  if (meeting !== undefined && !index.meetings.has(meeting)) {
    notices.push(notice('unknown-id', 'meeting', meeting));
    meeting = undefined;
  }
  if (person !== undefined && !index.people.has(person) && !index.organizations.has(person)) {
    notices.push(notice('unknown-id', 'person', person));
    person = undefined;
  }
  const orgs: string[] = [];
  for (const org of input.orgs) {
    if (!index.organizations.has(org)) notices.push(notice('unknown-id', 'org', org));
    else if (!orgs.includes(org)) orgs.push(org);
  }
  if (meeting !== undefined && person !== undefined) {
    notices.push(notice('conflict', 'person', person));
    person = undefined;
  }
  if (other !== undefined) {
    const why = pairProblem(index, meeting, person, other);
    if (why) notices.push(notice(why, 'with', other));
    if (why) other = undefined;
  }

  if (from !== undefined && to !== undefined && dateStartDay(from) > dateEndDay(to)) {
    notices.push(notice('reversed-range', 'from', `${from}..${to}`));
    [from, to] = [to, from];
  }
  let range = { from: from ? dateStartDay(from) : span.from, to: to ? dateEndDay(to) : span.to };
  if (!overlaps(range, span)) {
    const asked = `${from ?? '…'}..${to ?? '…'}`;
    notices.push(notice('out-of-range', from !== undefined ? 'from' : 'to', asked));
    from = to = undefined;
    range = { ...span };
  }
  const days = meeting !== undefined ? index.daysOf(meeting) : undefined;
  if (meeting !== undefined && days && !overlaps(days, range)) {
    const date = index.meetings.get(meeting)!.date;
    // A meeting's own date, as `from` or `to`, covers all of it (a month for month precision).
    if (days.from < range.from) from = date;
    if (days.to > range.to) to = date;
    notices.push(notice('out-of-range', 'meeting', meeting));
  }

  const state: NavState = { orgs };
  if (input.grouped) state.grouped = true;
  if (input.collapse) {
    const groups = index.collapsibleGroups();
    const param = input.collapse.base === 'all' ? 'open' : 'collapsed';
    for (const id of input.collapse.ids) if (!groups.has(id)) notices.push(notice('unknown-id', param, id));
    state.collapse = { base: input.collapse.base, ids: input.collapse.ids.filter((id) => groups.has(id)) };
  }
  if (meeting !== undefined) state.meeting = meeting;
  if (person !== undefined) state.person = person;
  if (other !== undefined) state.with = other;
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;
  if (input.lang !== undefined) state.lang = input.lang;
  return { state, notices };
}
