// The desk's two pages: the drafts and "add an article" (#/), and one draft's review (#/draft/<id>).
import { useEffect, useState } from 'react';
import type { Lang } from '../core/schema/common';
import { Home } from './Home';
import { LangContext, savedLang, saveLang } from './lang';
import { Review } from './Review';
import { DESK_STRINGS } from '../i18n/desk';

const route = () => /^#\/draft\/([a-z0-9-]+)$/.exec(location.hash)?.[1] ?? null;

export function Desk() {
  const [draft, setDraft] = useState(route);
  const [lang, setLang] = useState<Lang>(savedLang);
  const t = DESK_STRINGS[lang];
  useEffect(() => {
    const follow = () => setDraft(route());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.title} · Meeting Graph`;
  }, [lang, t]);
  const toggle = () => {
    const next = lang === 'en' ? 'ko' : 'en';
    saveLang(next);
    setLang(next);
  };
  return (
    <LangContext.Provider value={lang}>
      <header className="desk-header">
        <h1>
          <a href="#/">{t.title}</a>
        </h1>
        <nav>
          <a href="/" target="_blank" rel="noopener noreferrer">
            {t.openMap}
          </a>
          <button type="button" className="btn" onClick={toggle} lang={lang === 'en' ? 'ko' : 'en'}>
            {t.language}
          </button>
        </nav>
      </header>
      <main className="desk-main">{draft ? <Review id={draft} key={draft} /> : <Home />}</main>
    </LangContext.Provider>
  );
}
