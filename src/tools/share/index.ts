export type * from './types';
export { cardCache, noCache, type CardCache } from './cache';
export { readGraph, sharePages, siteFrom, type ShareStats } from './pages';
