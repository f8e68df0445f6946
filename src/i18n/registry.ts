// The string tables this page holds. Where tables.ts is imported (the tools, the tests, the desk) both languages are
// here at once; the app fetches the reader's before its first render and the other once asked for (load.ts).
import type { Lang } from '../core/schema';
import type { Strings } from './en';

const known: Partial<Record<Lang, Strings>> = {};
const listeners = new Set<() => void>();

export function register(lang: Lang, strings: Strings): void {
  known[lang] = strings;
  for (const listener of listeners) listener();
}

export function subscribeStrings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const hasStrings = (lang: Lang): boolean => known[lang] !== undefined;

/** `lang` once its strings are here; until then a language that is, so no text is ever missing. */
export function shownLang(lang: Lang): Lang {
  if (known[lang]) return lang;
  return known.en ? 'en' : known.ko ? 'ko' : lang;
}

/** The strings of `lang`, or while they are on their way, of the language shown until now. */
export function stringsOf(lang: Lang): Strings {
  const strings = known[shownLang(lang)];
  if (!strings) throw new Error('the interface strings have not been loaded');
  return strings;
}
