export type * from './types';
export { orgFilterGroups, orgStats } from './utils';
