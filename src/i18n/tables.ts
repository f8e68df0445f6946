// The interface strings of both languages at once, for the meeting pages, the ingest assistant, the editor's desk and
// the tests; the app fetches one language at a time instead (load.ts). Importing it makes both known to the date
// formatters (registry.ts).
import type { Lang } from '../core/schema';
import { en, type Strings } from './en';
import { ko } from './ko';
import { register } from './registry';

export type { Strings };
export { other, pick } from './text';
export const STRINGS: Record<Lang, Strings> = { en, ko };
register('en', en);
register('ko', ko);
