export type * from './types';
export { parseTypedDay, type TypedDay } from './typed';
export { binUnit, histogram, monthIndex, monthStart, stepSize, ticks } from './utils';
