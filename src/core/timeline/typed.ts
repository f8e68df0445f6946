// A date the reader types for one end of the window. As for the data's dates, a month (or a year) stands for all
// its days: typed as the start it starts on its first day, as the end it ends on its last.
import { dateEndDay, dateStartDay } from '../schema/dates';

export type TypedDay = { day: number } | { problem: 'format' | 'no-such-day' };

const PATTERN = /^(\d{4})(?:\s*[-./년]\s*(\d{1,2})(?:\s*[-./월]\s*(\d{1,2}))?)?\s*[.일월년]?$/;

/** `2025-02-04`, `2025-02`, `2025`, and the Korean forms `2025.2.4` and `2025년 2월 4일`. */
export function parseTypedDay(text: string, edge: 'from' | 'to'): TypedDay {
  const m = PATTERN.exec(text.trim());
  if (!m) return { problem: 'format' };
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (month !== undefined && (month < 1 || month > 12)) return { problem: 'no-such-day' };
  const mm = month ? String(month).padStart(2, '0') : undefined;
  if (day) {
    const iso = `${year}-${mm}-${String(day).padStart(2, '0')}`;
    const n = dateStartDay(iso);
    // Date.UTC rolls 31 February over into March: a day it rolls over does not exist.
    if (new Date(n * 86_400_000).toISOString().slice(0, 10) !== iso) return { problem: 'no-such-day' };
    return { day: n };
  }
  const period = mm ? `${year}-${mm}` : `${year}-01`;
  if (edge === 'from') return { day: dateStartDay(period) };
  return { day: mm ? dateEndDay(period) : dateEndDay(`${year}-12`) };
}
