// Each language's strings are a chunk of their own: the page downloads the reader's first, the other only when
// the reader switches to it.
import type { Lang } from '../core/schema';
import type { Strings } from './en';
import { register } from './registry';

const importers: Record<Lang, () => Promise<Strings>> = {
  en: () => import('./en').then((m) => m.en),
  ko: () => import('./ko').then((m) => m.ko),
};

const loading = new Map<Lang, Promise<void>>();

/** Fetches a language's strings once; a failed download is tried again on the next call. */
export function loadStrings(lang: Lang): Promise<void> {
  let done = loading.get(lang);
  if (!done) {
    done = importers[lang]().then(
      (strings) => register(lang, strings),
      (e: unknown) => {
        loading.delete(lang);
        throw e;
      },
    );
    loading.set(lang, done);
  }
  return done;
}
