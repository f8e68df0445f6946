// The app's one store. Vanilla zustand, so URL sync and tests use it without React.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Lang } from '../schema';
import { createCollapseSlice } from './slices/collapse';
import { createDataSlice } from './slices/data';
import { createFilterSlice } from './slices/filter';
import { createNavSlice } from './slices/nav';
import { createSelectionSlice } from './slices/selection';
import { createTimelineSlice } from './slices/timeline';
import { createUiSlice } from './slices/ui';
import type { AppState } from './types';
import { detectLang } from './utils';
import { parseNav } from '../url-codec/parse';
import type { GraphIndex } from '../graph';

export type AppStore = StoreApi<AppState>;

export interface AppStoreOptions {
  /** The browser's language (default English): links name `lang` only when the reader chose another. */
  defaultLang?: Lang;
  /** The language to start in (default: `defaultLang`), e.g. the one a link asks for. */
  lang?: Lang;
}

export function createAppStore({ defaultLang = 'en', lang = defaultLang }: AppStoreOptions = {}): AppStore {
  // The graph itself stays with whoever loaded it; the actions that need it read it through `graph`.
  let loaded: GraphIndex | null = null;
  const graph = () => loaded;
  const arrived = (index: GraphIndex) => {
    if (loaded === index) return false;
    loaded = index;
    return true;
  };
  return createStore<AppState>()((set, get) => ({
    ...createDataSlice(set, arrived),
    ...createSelectionSlice(set, get, graph),
    ...createTimelineSlice(set, get, graph),
    ...createFilterSlice(set),
    ...createUiSlice(set, lang, defaultLang),
    ...createCollapseSlice(set, graph),
    ...createNavSlice(set, get, graph),
  }));
}

/**
 * The page's store. Components reach it through `AppStoreContext`, which defaults to this singleton, so the app
 * needs no provider; a test renders under `<AppStoreContext.Provider value={createAppStore()}>` for a fresh one.
 */
const browserLang = detectLang(typeof navigator === 'undefined' ? undefined : navigator.languages);
// The language is read from the link once, through the URL codec, before anything is drawn.
const linkLang = typeof location === 'undefined' ? undefined : parseNav(location.search).state.lang;
export const appStore: AppStore = createAppStore({ defaultLang: browserLang, lang: linkLang ?? browserLang });
export const AppStoreContext = createContext<AppStore>(appStore);

/** Subscribes to a slice of state; for objects or arrays built in the selector, wrap it in zustand's `useShallow`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useContext(AppStoreContext), selector);
}

/** The store itself, for actions in event handlers (`useAppStoreApi().getState().meetingSelected(id)`). */
export function useAppStoreApi(): AppStore {
  return useContext(AppStoreContext);
}
