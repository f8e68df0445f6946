import { describe, expect, it } from 'vitest';
import { dateEndDay, dateStartDay, dayToIso, daysInMonth, isPartialDate, parsePartialDate, precisionOf } from './dates';

describe('dates', () => {
  it('knows leap years, including the century rules', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(isPartialDate('2024-02-29')).toBe(true);
    expect(isPartialDate('2025-02-29')).toBe(false);
  });

  it('parses days and months with their precision', () => {
    expect(parsePartialDate('2025-02-04')).toEqual({ year: 2025, month: 2, day: 4, precision: 'day' });
    expect(parsePartialDate('2024-06')).toEqual({ year: 2024, month: 6, precision: 'month' });
    expect(precisionOf('2024-06')).toBe('month');
    expect(precisionOf('2024-06-01')).toBe('day');
  });

  it('says why a date is malformed or impossible', () => {
    expect(parsePartialDate('2025-2-4')).toBe('"2025-2-4" is not a date in the form YYYY-MM-DD or YYYY-MM');
    expect(parsePartialDate('2025/02/04')).toBe('"2025/02/04" is not a date in the form YYYY-MM-DD or YYYY-MM');
    expect(parsePartialDate('2025-02-04 ')).toBe('"2025-02-04 " is not a date in the form YYYY-MM-DD or YYYY-MM');
    expect(parsePartialDate('2025-13')).toBe('"2025-13" has no month 13');
    expect(parsePartialDate('2025-00-10')).toBe('"2025-00-10" has no month 00');
    expect(parsePartialDate('2025-02-30')).toBe('"2025-02-30" is impossible: 2025-02 has 28 days');
    expect(parsePartialDate('2025-04-31')).toBe('"2025-04-31" is impossible: 2025-04 has 30 days');
    expect(parsePartialDate('2025-01-00')).toBe('"2025-01-00" is impossible: 2025-01 has 31 days');
    expect(parsePartialDate('1899-01-01')).toBe('"1899-01-01" has an implausible year 1899');
  });

  it('gives a month-precision date the whole month', () => {
    expect(dayToIso(dateStartDay('2024-02'))).toBe('2024-02-01');
    expect(dayToIso(dateEndDay('2024-02'))).toBe('2024-02-29');
    expect(dayToIso(dateEndDay('2025-02'))).toBe('2025-02-28');
    expect(dayToIso(dateEndDay('2025-12'))).toBe('2025-12-31');
    expect(dateStartDay('2025-02-04')).toBe(dateEndDay('2025-02-04'));
    expect(dateStartDay('1970-01-01')).toBe(0);
    expect(dateEndDay('2025-03') - dateStartDay('2025-03')).toBe(30);
  });
});
