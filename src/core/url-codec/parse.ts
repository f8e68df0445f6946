// Syntax of a pasted link: anything malformed becomes a notice and is dropped; ids are checked by cleanNav.
import type { Lang } from '../schema';
import { parsePartialDate } from '../schema/dates';
import type { NavNotice, NavState } from './types';
import { MAX_VALUE_LENGTH, notice } from './utils';

type Single = 'meeting' | 'person' | 'with' | 'from' | 'to' | 'lang';
const SINGLE: readonly Single[] = ['meeting', 'person', 'with', 'from', 'to', 'lang'];
const LANGS: readonly Lang[] = ['ko', 'en'];

/** Why a value of `param` is unusable, as a notice; undefined when it is fine. */
function problem(param: Single | 'org', value: string): NavNotice | undefined {
  if (value.trim() === '') return notice('empty', param, value);
  if (value.length > MAX_VALUE_LENGTH) return notice('too-long', param, value);
  if ((param === 'from' || param === 'to') && typeof parsePartialDate(value) === 'string')
    return notice('malformed-date', param, value);
  if (param === 'lang' && !LANGS.includes(value as Lang)) return notice('invalid-lang', param, value);
  return undefined;
}

export function parseNav(search: string): { state: NavState; notices: NavNotice[] } {
  const notices: NavNotice[] = [];
  const single: Partial<Record<Single, string>> = {};
  const orgs: string[] = [];
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  for (const [param, raw] of params) {
    const value = raw.trim();
    if (param !== 'org' && !SINGLE.includes(param as Single)) {
      notices.push(notice('unknown-param', param, raw));
      continue;
    }
    const bad = problem(param as Single | 'org', value);
    if (bad) {
      notices.push(bad);
    } else if (param === 'org') {
      if (orgs.includes(value)) notices.push(notice('duplicate', param, value));
      else orgs.push(value);
    } else {
      const key = param as Single;
      const kept = single[key];
      if (kept === undefined) single[key] = value;
      else notices.push(notice('duplicate', key, value));
    }
  }
  const state: NavState = { orgs };
  if (single.meeting !== undefined) state.meeting = single.meeting;
  if (single.person !== undefined) state.person = single.person;
  if (single.with !== undefined) state.with = single.with;
  if (single.from !== undefined) state.from = single.from;
  if (single.to !== undefined) state.to = single.to;
  if (single.lang !== undefined) state.lang = single.lang as Lang;
  return { state, notices };
}
