// Syntax of a pasted link: anything malformed becomes a notice and is dropped; ids are checked by cleanNav.
import type { Lang } from '../schema';
import { parsePartialDate } from '../schema/dates';
import type { NavNotice, NavState } from './types';
import { MAX_VALUE_LENGTH, notice } from './utils';

type Single = 'meeting' | 'person' | 'with' | 'from' | 'to' | 'lang' | 'grouped';
const SINGLE: readonly Single[] = ['meeting', 'person', 'with', 'from', 'to', 'lang', 'grouped'];
type Multiple = 'org' | 'collapsed' | 'open';
const MULTIPLE: readonly Multiple[] = ['org', 'collapsed', 'open'];
const LANGS: readonly Lang[] = ['ko', 'en'];

/** Why a value of `param` is unusable, as a notice; undefined when it is fine. */
function problem(param: Single | Multiple, value: string): NavNotice | undefined {
  if (value.trim() === '') return notice('empty', param, value);
  if (value.length > MAX_VALUE_LENGTH) return notice('too-long', param, value);
  if ((param === 'from' || param === 'to') && typeof parsePartialDate(value) === 'string')
    return notice('malformed-date', param, value);
  if (param === 'lang' && !LANGS.includes(value as Lang)) return notice('invalid-lang', param, value);
  if (param === 'grouped' && value !== '1') return notice('invalid-value', param, value);
  return undefined;
}

/** `collapsed=all&open=…`, `collapsed=none`, or `collapsed=<id>…`; what cannot go together is said and dropped. */
function collapseOf(collapsed: string[], open: string[], notices: NavNotice[]): NavState['collapse'] {
  const word = collapsed.find((v) => v === 'all' || v === 'none');
  const rest = collapsed.filter((v) => v !== word);
  // `all` or `none` says it all: other values with it conflict, as `open` does without `all`.
  if (word) for (const v of rest) notices.push(notice('conflict', 'collapsed', v));
  if (word !== 'all') for (const v of open) notices.push(notice('conflict', 'open', v));
  if (word === 'all') return { base: 'all', ids: open };
  if (word === 'none') return { base: 'none', ids: [] };
  return rest.length ? { base: 'none', ids: rest } : undefined;
}

export function parseNav(search: string): { state: NavState; notices: NavNotice[] } {
  const notices: NavNotice[] = [];
  const single: Partial<Record<Single, string>> = {};
  const lists: Record<Multiple, string[]> = { org: [], collapsed: [], open: [] };
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  for (const [param, raw] of params) {
    const value = raw.trim();
    if (!MULTIPLE.includes(param as Multiple) && !SINGLE.includes(param as Single)) {
      notices.push(notice('unknown-param', param, raw));
      continue;
    }
    const bad = problem(param as Single | Multiple, value);
    if (bad) {
      notices.push(bad);
    } else if (MULTIPLE.includes(param as Multiple)) {
      const list = lists[param as Multiple];
      if (list.includes(value)) notices.push(notice('duplicate', param, value));
      else list.push(value);
    } else {
      const key = param as Single;
      const kept = single[key];
      if (kept === undefined) single[key] = value;
      else notices.push(notice('duplicate', key, value));
    }
  }
  const state: NavState = { orgs: lists.org };
  if (single.grouped !== undefined) state.grouped = true;
  const collapse = collapseOf(lists.collapsed, lists.open, notices);
  if (collapse) state.collapse = collapse;
  if (single.meeting !== undefined) state.meeting = single.meeting;
  if (single.person !== undefined) state.person = single.person;
  if (single.with !== undefined) state.with = single.with;
  if (single.from !== undefined) state.from = single.from;
  if (single.to !== undefined) state.to = single.to;
  if (single.lang !== undefined) state.lang = single.lang as Lang;
  return { state, notices };
}
