import { describe, expect, it } from 'vitest';
import { makeGraph } from '../../testing/graphs';
import { buildIndex } from '../graph/utils';
import { dateEndDay, dateStartDay } from '../schema';
import { formatDate, formatDay, formatMeetingDate, formatRange } from './format';
import { binUnit, histogram, stepSize, ticks } from './utils';

const d = dateStartDay;
const graph = (dates: string[]) =>
  buildIndex(
    makeGraph({
      people: [{ id: 'a' }],
      meetings: dates.map((date, i) => ({ id: `m${i}`, date, participants: ['a'] })),
    }),
  );

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

describe('histogram', () => {
  it('counts meetings per month, an undated one in its month', () => {
    const bins = histogram(graph(['2024-06', '2024-06-30', '2024-08-01', '2024-08-31']));
    expect(bins.map((b) => b.count)).toEqual([2, 0, 2]);
    expect(bins[1]).toEqual({ from: d('2024-07-01'), to: d('2024-07-31'), count: 0 });
  });

  it('falls back to quarters and years for long spans', () => {
    const index = graph(['2015-01-10', '2024-12-01', '2024-12-31']);
    expect(binUnit(index.span, 60)).toBe('quarter');
    expect(binUnit(index.span, 12)).toBe('year');
    const years = histogram(index, 12);
    expect(years).toHaveLength(10);
    expect(years[9]).toEqual({ from: d('2024-01-01'), to: d('2024-12-31'), count: 2 });
    expect(histogram(index, 60).reduce((n, b) => n + b.count, 0)).toBe(3);
  });

  it('counts only the meetings it is given', () => {
    const index = graph(['2024-06-01', '2024-07-01']);
    expect(histogram(index, 60, [index.graph.meetings[1]]).map((b) => b.count)).toEqual([0, 1]);
  });
});

describe('ticks', () => {
  it('labels months for short spans and years for long ones', () => {
    const short = ticks({ from: d('2024-05-20'), to: d('2025-02-05') }, 12, 'ko');
    expect(short[0]).toEqual({ day: d('2024-06-01'), label: '2024년 6월' });
    expect(short.length).toBeLessThanOrEqual(12);
    expect(ticks({ from: d('2024-05-20'), to: d('2025-02-05') }, 4, 'en').map((t) => t.label)).toEqual([
      'Jul 2024',
      'Sep 2024',
      'Nov 2024',
      'Jan 2025',
    ]);
    expect(ticks({ from: d('2010-03-01'), to: d('2024-02-01') }, 8, 'en').map((t) => t.label)).toEqual([
      '2012',
      '2014',
      '2016',
      '2018',
      '2020',
      '2022',
      '2024',
    ]);
  });

  it('steps by 1% of the span', () => {
    expect(stepSize({ from: 0, to: 999 })).toBe(10);
    expect(stepSize({ from: 5, to: 5 })).toBe(1);
  });
});
