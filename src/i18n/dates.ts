// Dates as a reader says them, in Korean or English, from the string tables the page holds (registry.ts).
import type { DayRange } from '../core/graph';
import type { DatePrecision, Lang } from '../core/schema';
import { dateStartDay, dayToIso } from '../core/schema/dates';
import { stringsOf } from './registry';

function parts(day: number): [number, number, number] {
  const [y, m, d] = dayToIso(day).split('-').map(Number);
  return [y, m, d];
}

/** `2025년 2월 4일` / `Feb 4, 2025` */
export function formatDay(day: number, lang: Lang): string {
  return stringsOf(lang).day(...parts(day));
}

/** `2024년 6월` / `Jun 2024` (`long`: `June 2024`) */
export function formatMonth(day: number, lang: Lang, long = false): string {
  const [y, m] = parts(day);
  return stringsOf(lang).month(y, m, long);
}

/** A date as the data gives it: `YYYY-MM-DD` as a day, `YYYY-MM` as a month. */
export function formatDate(date: string, lang: Lang): string {
  return date.length === 7 ? formatMonth(dateStartDay(date), lang) : formatDay(dateStartDay(date), lang);
}

/** A meeting's date; a month says the day was not reported, so nobody reads it as the 1st. */
export function formatMeetingDate(date: string, precision: DatePrecision, lang: Lang): string {
  if (precision === 'day') return formatDay(dateStartDay(date), lang);
  return stringsOf(lang).dayNotReported(formatMonth(dateStartDay(date), lang, true));
}

const isMonthStart = (day: number) => parts(day)[2] === 1;
const isMonthEnd = (day: number) => parts(day + 1)[2] === 1;

/** `Jan 2024 – Oct 2025` when the range is whole months, else days: `Feb 4, 2025 – Mar 1, 2025`. */
export function formatRange(range: DayRange, lang: Lang): string {
  const months = isMonthStart(range.from) && isMonthEnd(range.to);
  const f = months ? formatMonth(range.from, lang) : formatDay(range.from, lang);
  const t = months ? formatMonth(range.to, lang) : formatDay(range.to, lang);
  return f === t ? f : `${f} – ${t}`;
}
