import { Suspense, type ReactNode } from 'react';
import { useAppStore } from '../core/store';
import { useLang, useT } from '../i18n';
import type { Layout } from './layout';
import { SearchBox, ShareTools } from './lazyFeatures';

/**
 * Banner: product name, search, language, copy link and embed code (search and sharing once the graph is drawn:
 * `explorer`); in the embed, name, language and the link to the full map. `children` sit under it (the link notices).
 */
export function Header({
  explorer = false,
  layout = 'full',
  children,
}: {
  explorer?: boolean;
  layout?: Layout;
  children?: ReactNode;
}) {
  const t = useT();
  const embed = layout === 'embed';
  return (
    <header className="app-banner">
      <div className="app-header">
        <div className="app-header__brand">
          <h1 className="app-header__title">{t.appName}</h1>
          <p className="app-header__tagline">{t.tagline}</p>
        </div>
        {explorer && !embed && (
          <Suspense fallback={<div className="search" />}>
            <SearchBox />
          </Suspense>
        )}
        <div className="app-header__tools">
          <LanguageSwitch />
          {explorer && (
            <Suspense>
              <ShareTools embed={embed} />
            </Suspense>
          )}
        </div>
      </div>
      {children}
    </header>
  );
}

/** Each language is named in itself, so a reader can find theirs whatever is showing. */
function LanguageSwitch() {
  const t = useT();
  const lang = useLang();
  const languageChanged = useAppStore((s) => s.languageChanged);
  return (
    <div className="lang-switch" role="group" aria-label={t.language}>
      <button type="button" lang="ko" aria-pressed={lang === 'ko'} onClick={() => languageChanged('ko')}>
        한국어
      </button>
      <button type="button" lang="en" aria-pressed={lang === 'en'} onClick={() => languageChanged('en')}>
        English
      </button>
    </div>
  );
}
