import * as z from 'zod/mini';

// Without this zod probes `new Function` on its first parse, which the page's CSP (no eval) reports as a violation.
z.config({ jitless: true });

export * from './common';
export * from './dates';
export * from './graph';
export * as source from './source';
