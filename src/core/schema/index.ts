export * from './common';
export * from './dates';
export * from './graph';
export * as source from './source';
