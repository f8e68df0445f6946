export type * from './types';
export { appStore, AppStoreContext, createAppStore, useAppStore, useAppStoreApi } from './store';
export type { AppStore, AppStoreOptions } from './store';
export { startUrlSync, viewQuery } from './url';
export type { UrlSyncOptions, UrlSyncWindow } from './url';
export { clampRange, detectLang, playStep, playWidth } from './utils';
