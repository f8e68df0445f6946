export type * from './types';
export { binUnit, histogram, monthIndex, monthStart, stepSize, ticks } from './utils';
