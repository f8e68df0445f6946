export type * from './types';
export { toGexf, toGraphml, viewNetwork } from './network';
export { meetingRows, toCsv, toJson, windowOf } from './table';
export { wellFormed, xmlSafe } from './xml';
