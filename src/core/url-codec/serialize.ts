// Canonical links: the same view always gives the same query string.
import type { DayRange, GraphIndex } from '../graph/types';
import { dateEndDay, dateStartDay, daysInMonth, dayToIso } from '../schema';
import type { AppState } from '../store/types';
import type { Lang, NavState } from './types';

/**
 * `?meeting=…&person=…&from=…&to=…&org=…&lang=…` in that order, or '' when there is nothing to say.
 * With `span`, a `from`/`to` at or beyond the data's edge is the default and is left out.
 */
export function serializeNav(state: NavState, span?: DayRange): string {
  const parts: string[] = [];
  const add = (param: string, value: string | undefined) => {
    if (value !== undefined) parts.push(`${param}=${encodeURIComponent(value)}`);
  };
  add('meeting', state.meeting);
  add('person', state.person);
  if (state.from !== undefined && !(span && dateStartDay(state.from) <= span.from)) add('from', state.from);
  if (state.to !== undefined && !(span && dateEndDay(state.to) >= span.to)) add('to', state.to);
  for (const org of state.orgs) add('org', org);
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

type ViewState = Pick<AppState, 'selectedMeeting' | 'selectedEntity' | 'range' | 'orgFilters' | 'lang'>;

/** The link for what the app shows; `lang` is left out when it is `defaultLang` (the browser's). */
export function toNavState(app: ViewState, index: GraphIndex, defaultLang?: Lang): NavState {
  const state: NavState = { orgs: [...app.orgFilters] };
  if (app.selectedMeeting !== null) state.meeting = app.selectedMeeting;
  else if (app.selectedEntity !== null) state.person = app.selectedEntity;
  if (app.range && app.range.from > index.span.from) state.from = fromDate(app.range.from);
  if (app.range && app.range.to < index.span.to) state.to = toDate(app.range.to);
  if (app.lang !== defaultLang) state.lang = app.lang;
  return state;
}
