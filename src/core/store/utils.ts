// Range arithmetic the timeline actions share.
import type { DayRange, GraphIndex } from '../graph';
import type { Lang } from '../schema';
import type { AppState } from './types';

export type GetState = () => AppState;
export type SetState = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;
/** The loaded graph, for the actions that need it; null until `graphLoaded`. */
export type GetGraph = () => GraphIndex | null;

/** Whole days, inside the span, from ≤ to (a reversed pair is swapped). */
export function clampRange(span: DayRange, from: number, to: number): DayRange {
  const clamp = (x: number) => Math.min(span.to, Math.max(span.from, Math.round(x)));
  const [a, b] = [clamp(from), clamp(to)];
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

export const spanLength = (span: DayRange) => span.to - span.from + 1;

/** One play step: ~1/60 of the span, at least a day. */
export const playStep = (span: DayRange) => Math.max(1, Math.round(spanLength(span) / 60));

/** The window play starts with when the whole span is shown: ~1/6 of it. */
export const playWidth = (span: DayRange) => Math.max(1, Math.round(spanLength(span) / 6));

/** The reader's language from the browser's preferences: Korean if they prefer it, else English. */
export function detectLang(languages: readonly string[] | undefined): Lang {
  for (const l of languages ?? []) {
    const code = l.toLowerCase().slice(0, 2);
    if (code === 'ko' || code === 'en') return code;
  }
  return 'en';
}
