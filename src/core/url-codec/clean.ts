// Meaning of a parsed link against the loaded data: unknown ids dropped, the range made usable.
import { overlaps } from '../graph/utils';
import type { GraphIndex } from '../graph/types';
import { dateEndDay, dateStartDay, dayToIso } from '../schema/dates';
import type { NavNotice, NavState } from './types';
import { notice, q } from './utils';

/** Why `with` cannot open a pair's meetings, as a notice kind and message; undefined when it can. */
function pairProblem(
  index: GraphIndex,
  meeting: string | undefined,
  person: string | undefined,
  other: string,
): [NavNotice['kind'], string] | undefined {
  if (!index.people.has(other)) return ['unknown-id', `unknown person ${q(other)} ignored`];
  if (meeting !== undefined)
    return ['conflict', `both meeting ${q(meeting)} and with ${q(other)} given; showing the meeting`];
  if (person === undefined || !index.people.has(person))
    return ['conflict', `with ${q(other)} needs a person to go with; ignored`];
  if (index.meetingsBetween(person, other).length === 0)
    return ['never-met', `${q(person)} and ${q(other)} share no meeting; showing ${q(person)}`];
  return undefined;
}

export function cleanNav(input: NavState, index: GraphIndex): { state: NavState; notices: NavNotice[] } {
  const notices: NavNotice[] = [];
  const { span } = index;
  let { meeting, person, with: other, from, to } = input;

  if (meeting !== undefined && !index.meetings.has(meeting)) {
    notices.push(notice('unknown-id', 'meeting', meeting, `unknown meeting ${q(meeting)} ignored`));
    meeting = undefined;
  }
  if (person !== undefined && !index.people.has(person) && !index.organizations.has(person)) {
    notices.push(notice('unknown-id', 'person', person, `unknown person or organisation ${q(person)} ignored`));
    person = undefined;
  }
  const orgs: string[] = [];
  for (const org of input.orgs) {
    if (!index.organizations.has(org))
      notices.push(notice('unknown-id', 'org', org, `unknown organisation ${q(org)} ignored`));
    else if (!orgs.includes(org)) orgs.push(org);
  }
  if (meeting !== undefined && person !== undefined) {
    notices.push(
      notice(
        'conflict',
        'person',
        person,
        `both meeting ${q(meeting)} and person ${q(person)} given; showing the meeting`,
      ),
    );
    person = undefined;
  }
  if (other !== undefined) {
    const why = pairProblem(index, meeting, person, other);
    if (why) notices.push(notice(why[0], 'with', other, why[1]));
    if (why) other = undefined;
  }

  if (from !== undefined && to !== undefined && dateStartDay(from) > dateEndDay(to)) {
    notices.push(
      notice('reversed-range', 'from', `${from}..${to}`, `range from ${q(from)} to ${q(to)} was reversed; swapped`),
    );
    [from, to] = [to, from];
  }
  let range = { from: from ? dateStartDay(from) : span.from, to: to ? dateEndDay(to) : span.to };
  if (!overlaps(range, span)) {
    const asked = `${from ?? '…'}..${to ?? '…'}`;
    const data = `${dayToIso(span.from)} to ${dayToIso(span.to)}`;
    notices.push(
      notice(
        'out-of-range',
        from !== undefined ? 'from' : 'to',
        asked,
        `range ${q(asked)} has no data (${data}); showing all`,
      ),
    );
    from = to = undefined;
    range = { ...span };
  }
  const days = meeting !== undefined ? index.daysOf(meeting) : undefined;
  if (meeting !== undefined && days && !overlaps(days, range)) {
    const date = index.meetings.get(meeting)!.date;
    // A meeting's own date, as `from` or `to`, covers all of it (a month for month precision).
    if (days.from < range.from) from = date;
    if (days.to > range.to) to = date;
    notices.push(
      notice(
        'out-of-range',
        'meeting',
        meeting,
        `meeting ${q(meeting)} (${date}) was outside the range; range widened`,
      ),
    );
  }

  const state: NavState = { orgs };
  if (meeting !== undefined) state.meeting = meeting;
  if (person !== undefined) state.person = person;
  if (other !== undefined) state.with = other;
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;
  if (input.lang !== undefined) state.lang = input.lang;
  return { state, notices };
}
