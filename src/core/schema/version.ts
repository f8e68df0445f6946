// Apart from the schemas, so the app's main thread can read it without loading zod.
/**
 * 3: quotes in evidence files apart from graph.json; edges derived by the app, not shipped.
 * 4: graph.json in columns, records named by index; summary, place and note in the evidence files.
 */
export const SCHEMA_VERSION = 4;
