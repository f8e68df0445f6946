// The interface language in the app: the hooks that pick the strings. The tables themselves (tables.ts) are pure.
import { useAppStore } from '../core/store';
import type { Lang } from '../core/schema';
import { STRINGS, type Strings } from './tables';

export { other, pick, STRINGS, type Strings } from './tables';
export { formatDate, formatDay, formatMeetingDate, formatMonth, formatRange } from './dates';

/** The interface language: the store's, which starts with the link's `lang` (read once, by the URL codec). */
export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}

export function useT(): Strings {
  return STRINGS[useLang()];
}
