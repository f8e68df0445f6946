// Small pure helpers over days and organisations, shared by the index and its readers.
import { dateEndDay, dateStartDay } from '../schema/dates';
import type { Organization } from '../schema';
import type { DayRange } from './types';

export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.from <= b.to && a.to >= b.from;
}

export function daysOfDate(date: string): DayRange {
  return { from: dateStartDay(date), to: dateEndDay(date) };
}

/** Oldest first: by first day, then last day (a month-precision item before the days inside it). */
export function compareByDays(a: DayRange, b: DayRange): number {
  return a.from - b.from || a.to - b.to;
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
