export type * from './types';
export { createSearch } from './search';
export { matchScore, normalizeQuery, toKey } from './utils';
