import type { Lang } from '../../schema';
import type { UiSlice } from '../types';
import type { SetState } from '../utils';

export const createUiSlice = (set: SetState, lang: Lang, defaultLang: Lang): UiSlice => ({
  lang,
  defaultLang,
  notices: [],
  groupByOrganization: false,
  languageChanged: (lang) => set({ lang }),
  noticesShown: (notices) => set({ notices }),
  noticesDismissed: () => set({ notices: [] }),
  groupingToggled: () => set((s) => ({ groupByOrganization: !s.groupByOrganization })),
});
