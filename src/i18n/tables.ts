// The interface strings of both languages, and how a two-language text is shown: pure tables, with no React and no
// store, so that the app, the meeting pages, the ingest assistant and the editor's desk all read the same words.
import type { Bilingual, Lang } from '../core/schema';
import { en, type Strings } from './en';
import { ko } from './ko';

export type { Strings };
export const STRINGS: Record<Lang, Strings> = { en, ko };

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
