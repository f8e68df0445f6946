// The interface language in the app: the hooks that pick the strings. The app never imports tables.ts, which holds
// both languages: the reader's strings are fetched before the first render, the other's on a switch (load.ts).
import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../core/store';
import type { Lang } from '../core/schema';
import type { Strings } from './en';
import { loadStrings } from './load';
import { hasStrings, shownLang, stringsOf, subscribeStrings } from './registry';

export type { Strings };
export { other, pick } from './text';
export { loadStrings } from './load';
export { stringsOf } from './registry';
export { formatDate, formatDay, formatMeetingDate, formatRange, formatMonth } from './dates';

/**
 * The interface language: the store's (which starts with the link's `lang`, read once by the URL codec) once its
 * strings are here. A switch keeps the page in the language it shows until the other's strings arrive, then
 * changes every word at once.
 */
export function useLang(): Lang {
  const lang = useAppStore((s) => s.lang);
  const here = useSyncExternalStore(subscribeStrings, () => hasStrings(lang));
  useEffect(() => {
    // Offline, the page stays in its language; the next switch tries again.
    if (!here) loadStrings(lang).catch(() => undefined);
  }, [lang, here]);
  return here ? lang : shownLang(lang);
}

export function useT(): Strings {
  return stringsOf(useLang());
}
