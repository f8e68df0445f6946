export * from './common';
export * from './dates';
export * from './graph';
export { decodeGraph, encodeGraph, type GraphFile } from './columns';
export { graphFileText, parseGraphText } from './lines';
export * as source from './source';
export { checkGraph, type GraphCheck } from './check';
export { jsonPath } from './path';
