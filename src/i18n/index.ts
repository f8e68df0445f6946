// Interface language: strings per language, the hook that picks them, and how names are shown.
import { useAppStore } from '../core/store';
import type { Lang } from '../core/schema';
import { en, type Strings } from './en';
import { ko } from './ko';

export type { Strings };
export const STRINGS: Record<Lang, Strings> = { en, ko };

/** The interface language: the store's, which starts with the link's `lang` (read once, by the URL codec). */
export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}

export function useT(): Strings {
  return STRINGS[useLang()];
}

interface Bilingual {
  ko: string;
  en?: string;
}

/** A name or phrase in the chosen language; Korean when no English was given. */
export function pick(text: Bilingual, lang: Lang): string {
  return lang === 'en' ? (text.en ?? text.ko) : text.ko;
}

/** The same name in the other language, or undefined when there is none or it reads the same. */
export function other(text: Bilingual, lang: Lang): string | undefined {
  const shown = pick(text, lang);
  const alt = lang === 'en' ? text.ko : text.en;
  return alt && alt !== shown ? alt : undefined;
}
