import { describe, expect, it } from 'vitest';
import { makeGraph } from '../../testing/graphs';
import { buildIndex } from '../graph';
import { dateStartDay } from '../schema';
import { binUnit, histogram, stepSize, ticks } from './utils';

const d = dateStartDay;
const graph = (dates: string[]) =>
  buildIndex(
    makeGraph({
      people: [{ id: 'a' }],
      meetings: dates.map((date, i) => ({ id: `m${i}`, date, participants: ['a'] })),
    }),
  );

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
    const short = ticks({ from: d('2024-05-20'), to: d('2025-02-05') }, 12);
    expect(short[0]).toEqual({ day: d('2024-06-01'), unit: 'month', year: 2024 });
    expect(short.length).toBeLessThanOrEqual(12);
    expect(ticks({ from: d('2024-05-20'), to: d('2025-02-05') }, 4).map((t) => t.day)).toEqual(
      ['2024-07', '2024-09', '2024-11', '2025-01'].map(d),
    );
    expect(ticks({ from: d('2010-03-01'), to: d('2024-02-01') }, 8).map((t) => [t.unit, t.year])).toEqual(
      [2012, 2014, 2016, 2018, 2020, 2022, 2024].map((y) => ['year', y]),
    );
  });

  it('steps by 1% of the span', () => {
    expect(stepSize({ from: 0, to: 999 })).toBe(10);
    expect(stepSize({ from: 5, to: 5 })).toBe(1);
  });
});
