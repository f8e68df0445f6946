// Time axis arithmetic: periods, ticks and slider steps over the data's span.
import type { DayRange, GraphIndex } from '../graph';
import { dateStartDay } from '../schema/dates';
import type { Meeting } from '../schema';
import type { BinUnit, HistogramBin, Tick } from './types';

/** Months since year 0: consecutive months differ by 1. */
export const monthIndex = (day: number) => {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
export const monthStart = (index: number) => Math.floor(Date.UTC(Math.floor(index / 12), index % 12, 1) / 86_400_000);

const UNIT_MONTHS: Record<BinUnit, number> = { month: 1, quarter: 3, year: 12 };

/** Month bins while they fit in `maxBins` (~5 years at 60), else quarters, else years. */
export function binUnit(span: DayRange, maxBins = 60): BinUnit {
  const months = monthIndex(span.to) - monthIndex(span.from) + 1;
  if (months <= maxBins) return 'month';
  return Math.ceil(months / 3) + 1 <= maxBins ? 'quarter' : 'year';
}

/** Meetings per period over the span; a meeting counts in the period of its first day (its month if undated). */
export function histogram(
  index: GraphIndex,
  maxBins = 60,
  meetings: readonly Pick<Meeting, 'date'>[] = index.graph.meetings,
): HistogramBin[] {
  const { span } = index;
  const size = UNIT_MONTHS[binUnit(span, maxBins)];
  const first = Math.floor(monthIndex(span.from) / size) * size;
  const count = Math.floor(monthIndex(span.to) / size) - first / size + 1;
  const bins: HistogramBin[] = Array.from({ length: count }, (_, i) => ({
    from: monthStart(first + i * size),
    to: monthStart(first + (i + 1) * size) - 1,
    count: 0,
  }));
  for (const m of meetings) {
    const i = Math.floor((monthIndex(dateStartDay(m.date)) - first) / size);
    if (i >= 0 && i < count) bins[i].count++;
  }
  return bins;
}

const TICK_MONTHS = [1, 2, 3, 6, 12, 24, 60, 120];

/** First days of months (or years, for long spans) inside the span, at most `maxTicks`, labelled for reading. */
export function ticks(span: DayRange, maxTicks: number): Tick[] {
  const a = monthIndex(span.from);
  const b = monthIndex(span.to);
  const at = (step: number) => {
    const out: number[] = [];
    for (let m = Math.ceil(a / step) * step; m <= b; m += step) if (monthStart(m) >= span.from) out.push(m);
    return out;
  };
  const step = TICK_MONTHS.find((s) => at(s).length <= maxTicks) ?? TICK_MONTHS[TICK_MONTHS.length - 1];
  return at(step).map((m) => {
    const day = monthStart(m);
    const year = Math.floor(m / 12);
    return step >= 12 ? { day, unit: 'year' as const, year } : { day, unit: 'month' as const, year };
  });
}

/** One slider step: 1% of the span, at least a day. */
export const stepSize = (span: DayRange) => Math.max(1, Math.round((span.to - span.from + 1) / 100));
