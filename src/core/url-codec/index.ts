export type * from './types';
export { parseNav } from './parse';
export { cleanNav } from './clean';
export { fromDate, serializeNav, toDate } from './serialize';
export { displayValue, groupNotices, MAX_VALUE_LENGTH } from './utils';
export { addressLink, EMBED_PAGE_PATH, meetingPagePath, type AddressLink } from './address';
