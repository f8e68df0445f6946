import { describe, expect, it } from 'vitest';
import { dateEndDay, dateStartDay } from '../core/schema';
import { formatDate, formatDay, formatMeetingDate, formatRange } from './dates';
// Both languages, known to the formatters.
import './tables';

const d = dateStartDay;

describe('format', () => {
  it('writes days and months the way a reader says them', () => {
    expect(formatDay(d('2025-02-04'), 'ko')).toBe('2025년 2월 4일');
    expect(formatDay(d('2025-02-04'), 'en')).toBe('Feb 4, 2025');
    expect(formatDate('2024-06', 'en')).toBe('Jun 2024');
    expect(formatDate('2024-06-15', 'ko')).toBe('2024년 6월 15일');
  });

  it('says when a meeting has only a month', () => {
    expect(formatMeetingDate('2024-06', 'month', 'ko')).toBe('2024년 6월 (날짜 미상)');
    expect(formatMeetingDate('2024-06', 'month', 'en')).toBe('June 2024 (day not reported)');
    expect(formatMeetingDate('2024-06-15', 'day', 'en')).toBe('Jun 15, 2024');
  });

  it('writes a range in months when it is whole months', () => {
    expect(formatRange({ from: d('2024-01'), to: dateEndDay('2025-10') }, 'en')).toBe('Jan 2024 – Oct 2025');
    expect(formatRange({ from: d('2024-06'), to: dateEndDay('2024-06') }, 'ko')).toBe('2024년 6월');
    expect(formatRange({ from: d('2025-02-04'), to: d('2025-03-01') }, 'en')).toBe('Feb 4, 2025 – Mar 1, 2025');
  });
});
