// How a two-language text is shown: pure, with no tables, so the app has it before any language's strings arrive.
import type { Bilingual, Lang } from '../core/schema';

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
