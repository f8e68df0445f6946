// Apart from the schemas, so the app's main thread can read it without loading zod.
/** 3: quotes in evidence files apart from graph.json; edges derived by the app, not shipped. */
export const SCHEMA_VERSION = 3;
