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

export type AppStore = StoreApi<AppState>;

export interface AppStoreOptions {
  /** Starting language; default: the browser's preference (Korean or English). */
  lang?: Lang;
}

const startLangs = new WeakMap<AppStore, Lang>();

/** The language a store started with (the browser's): links name `lang` only when the reader chose another. */
export function defaultLangOf(store: AppStore): Lang {
  return startLangs.get(store) ?? store.getState().lang;
}

export function createAppStore(options: AppStoreOptions = {}): AppStore {
  const lang = options.lang ?? detectLang(typeof navigator === 'undefined' ? undefined : navigator.languages);
  const store = createStore<AppState>()((set, get) => ({
    ...createDataSlice(set),
    ...createSelectionSlice(set, get),
    ...createTimelineSlice(set, get),
    ...createFilterSlice(set),
    ...createUiSlice(set, lang),
    ...createCollapseSlice(set, get),
    ...createNavSlice(set, get),
  }));
  startLangs.set(store, lang);
  return store;
}

/**
 * The page's store. Components reach it through `AppStoreContext`, which defaults to this singleton, so the app
 * needs no provider; a test renders under `<AppStoreContext.Provider value={createAppStore()}>` for a fresh one.
 */
export const appStore: AppStore = createAppStore();
export const AppStoreContext = createContext<AppStore>(appStore);

/** Subscribes to a slice of state; for objects or arrays built in the selector, wrap it in zustand's `useShallow`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useContext(AppStoreContext), selector);
}

/** The store itself, for actions in event handlers (`useAppStoreApi().getState().meetingSelected(id)`). */
export function useAppStoreApi(): AppStore {
  return useContext(AppStoreContext);
}
