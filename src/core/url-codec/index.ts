export type * from './types';
export { parseNav } from './parse';
export { cleanNav } from './clean';
export { fromDate, serializeNav, toDate } from './serialize';
export { displayValue, MAX_VALUE_LENGTH } from './utils';
export { meetingPagePath, sharePageLink } from './sharePath';
