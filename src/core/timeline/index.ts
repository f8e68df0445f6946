export type * from './types';
export { formatDate, formatDay, formatMeetingDate, formatMonth, formatRange } from './format';
export { binUnit, histogram, monthIndex, monthStart, stepSize, ticks } from './utils';
