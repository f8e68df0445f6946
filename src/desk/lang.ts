// The desk's interface language: English or Korean, chosen by the editor and remembered on this machine.
import { createContext, useContext } from 'react';
import type { Lang } from '../core/schema/common';
import { DESK_STRINGS, type DeskStrings } from '../i18n/desk';

export const LangContext = createContext<Lang>('en');
export const useDeskT = (): DeskStrings => DESK_STRINGS[useContext(LangContext)];
export const useDeskLang = (): Lang => useContext(LangContext);

export function savedLang(): Lang {
  try {
    return localStorage.getItem('mg-desk-lang') === 'ko' ? 'ko' : 'en';
  } catch {
    return 'en';
  }
}

export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem('mg-desk-lang', lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
}
