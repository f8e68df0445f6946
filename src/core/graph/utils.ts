// Small pure helpers over days and organisations, shared by the index and its readers.
import { dateEndDay, dateStartDay } from '../schema/dates';
import type { Organization } from '../schema';
import type { DayRange } from './types';

export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.from <= b.to && a.to >= b.from;
}

/** Days of the dates read so far: an archive of 100,000 meetings has a few thousand dates. */
const DAYS = new Map<string, DayRange>();

export function daysOfDate(date: string): DayRange {
  let d = DAYS.get(date);
  if (!d) {
    d = Object.freeze({ from: dateStartDay(date), to: dateEndDay(date) });
    if (DAYS.size < 100_000) DAYS.set(date, d);
  }
  return d;
}

/** Oldest first: by first day, then last day (a month-precision item before the days inside it). */
export function compareByDays(a: DayRange, b: DayRange): number {
  return a.from - b.from || a.to - b.to;
}

/** Where in its day a meeting falls, in minutes: its time, else the middle of its part of the day, else after all. */
const PART_MINUTE = { morning: 9 * 60, midday: 12 * 60, afternoon: 15 * 60, evening: 19 * 60 } as const;
function minuteOf(r: { time?: string; dayPart?: keyof typeof PART_MINUTE }): number {
  if (r.time) return Number(r.time.slice(0, 2)) * 60 + Number(r.time.slice(3, 5));
  return r.dayPart ? PART_MINUTE[r.dayPart] : 24 * 60;
}

export interface WhenRecord {
  id: string;
  date: string;
  time?: string;
  dayPart?: keyof typeof PART_MINUTE;
  title: { ko: string };
}

/**
 * In the order things happened: by day (a month before the days inside it), then time, then part of the day, then
 * title, then id. Lists, the panel and the exports all read records in this order (or its reverse, newest first).
 */
export function compareWhen(a: WhenRecord, b: WhenRecord): number {
  const [da, db] = [daysOfDate(a.date), daysOfDate(b.date)];
  return (
    compareByDays(da, db) ||
    minuteOf(a) - minuteOf(b) ||
    (a.title.ko < b.title.ko ? -1 : a.title.ko > b.title.ko ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** `records` in the order they happened (`compareWhen`), each date read once: for lists of any length. */
export function inOrderOfWhen<T extends WhenRecord>(records: readonly T[]): T[] {
  const keys = records.map((r) => {
    const d = daysOfDate(r.date);
    return { r, from: d.from, to: d.to, minute: minuteOf(r) };
  });
  const compare = (a: (typeof keys)[number], b: (typeof keys)[number]) =>
    a.from - b.from ||
    a.to - b.to ||
    a.minute - b.minute ||
    (a.r.title.ko < b.r.title.ko ? -1 : a.r.title.ko > b.r.title.ko ? 1 : 0) ||
    (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0);
  // graph.json lists meetings in this order already (the compiler writes them so): one pass says so.
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = compare(keys[i - 1], keys[i]) <= 0;
  if (!sorted) keys.sort(compare);
  return keys.map((k) => k.r);
}

/** An organisation and its `parent` chain; stops on a cycle or an unknown parent. */
export function orgAncestors(orgs: ReadonlyMap<string, Organization>, id: string): string[] {
  const chain: string[] = [];
  let cur: string | undefined = id;
  while (cur !== undefined && orgs.has(cur) && !chain.includes(cur)) {
    chain.push(cur);
    cur = orgs.get(cur)!.parent;
  }
  return chain;
}
