// Dates as the articles give them: a day, or only a month ("last June"). Never a guessed day.

export type DatePrecision = 'day' | 'month';

export interface PartialDate {
  year: number;
  month: number;
  day?: number;
  precision: DatePrecision;
}

const DATE_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DD` or `YYYY-MM`; returns a reason string when malformed or impossible. */
export function parsePartialDate(value: string): PartialDate | string {
  const m = DATE_RE.exec(value);
  if (!m) return `"${value}" is not a date in the form YYYY-MM-DD or YYYY-MM`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1900 || year > 2100) return `"${value}" has an implausible year ${year}`;
  if (month < 1 || month > 12) return `"${value}" has no month ${m[2]}`;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return `"${value}" is impossible: ${year}-${m[2]} has ${max} days`;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(value: string): boolean {
  return typeof parsePartialDate(value) !== 'string';
}

export function precisionOf(value: string): DatePrecision {
  return value.length === 7 ? 'month' : 'day';
}

/** Day number (days since 1970-01-01, UTC) of the first day a date covers. */
export function dateStartDay(value: string): number {
  const [y, m, d] = value.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d ?? 1) / 86_400_000);
}

/** Day number of the last day a date covers: a month-precision date covers the whole month. */
export function dateEndDay(value: string): number {
  const [y, m, d] = value.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d ?? daysInMonth(y, m)) / 86_400_000);
}

export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
