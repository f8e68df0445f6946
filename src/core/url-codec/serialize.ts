// Canonical links: the same view always gives the same query string.
import type { DayRange } from '../graph';
import { dateEndDay, dateStartDay, daysInMonth, dayToIso } from '../schema/dates';
import type { NavState } from './types';

/**
 * `?meeting=…&person=…&with=…&from=…&to=…&org=…&grouped=1&collapsed=…&open=…&lang=…` in that order, or '' when there is nothing to say.
 * With `span`, a `from`/`to` at or beyond the data's edge is the default and is left out.
 */
export function serializeNav(state: NavState, span?: DayRange): string {
  const parts: string[] = [];
  const add = (param: string, value: string | undefined) => {
    if (value !== undefined) parts.push(`${param}=${encodeURIComponent(value)}`);
  };
  add('meeting', state.meeting);
  add('person', state.person);
  add('with', state.with);
  if (state.from !== undefined && !(span && dateStartDay(state.from) <= span.from)) add('from', state.from);
  if (state.to !== undefined && !(span && dateEndDay(state.to) >= span.to)) add('to', state.to);
  for (const org of state.orgs) add('org', org);
  if (state.grouped) add('grouped', '1');
  if (state.collapse?.base === 'all') {
    add('collapsed', 'all');
    for (const id of state.collapse.ids) add('open', id);
  } else if (state.collapse) {
    if (state.collapse.ids.length === 0) add('collapsed', 'none');
    for (const id of state.collapse.ids) add('collapsed', id);
  }
  add('lang', state.lang);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** A range start as a link writes it: a month when it starts on the 1st. */
export function fromDate(day: number): string {
  const iso = dayToIso(day);
  return iso.endsWith('-01') ? iso.slice(0, 7) : iso;
}

/** A range end as a link writes it: a month when it ends on the month's last day. */
export function toDate(day: number): string {
  const iso = dayToIso(day);
  const [y, m, d] = iso.split('-').map(Number);
  return d === daysInMonth(y, m) ? iso.slice(0, 7) : iso;
}
