import { describe, expect, it } from 'vitest';
import { dateStartDay } from '../schema';
import { makeGraph } from '../../testing/graphs';
import { buildIndex } from './build';
import { compareWhen, inOrderOfWhen, type WhenRecord } from './utils';

const graph = () =>
  makeGraph({
    orgs: [{ id: 'sk' }, { id: 'sk-hynix', parent: 'sk' }, { id: 'openai' }],
    people: [
      { id: 'chey', orgs: ['sk-hynix'] },
      { id: 'altman', orgs: ['openai'] },
      { id: 'kim', orgs: [] },
    ],
    meetings: [
      { id: 'm1', date: '2024-06', participants: ['altman', 'chey'], articles: ['a1', 'a2', 'a2'] },
      { id: 'm2', date: '2025-02-04', participants: ['altman', 'chey', 'kim'] },
      { id: 'm3', date: '2024-06-10', participants: ['altman', 'kim'] },
    ],
    agreements: [{ id: 'ag1', date: '2025-02-05', parties: ['openai', 'sk'] }],
  });

describe('buildIndex', () => {
  it('spans the first day of the earliest month to the last item', () => {
    const index = buildIndex(graph());
    expect(index.span).toEqual({ from: dateStartDay('2024-06-01'), to: dateStartDay('2025-02-05') });
  });

  it('gives a month-precision meeting the whole month', () => {
    const index = buildIndex(graph());
    expect(index.daysOf('m1')).toEqual({ from: dateStartDay('2024-06-01'), to: dateStartDay('2024-06-30') });
    expect(index.daysOf('nope')).toBeUndefined();
  });

  it('lists organisations with their ancestors', () => {
    const index = buildIndex(graph());
    expect([...index.orgsOf('chey')].sort()).toEqual(['sk', 'sk-hynix']);
    expect([...index.orgsOf('sk-hynix')].sort()).toEqual(['sk', 'sk-hynix']);
    expect(index.orgsOf('kim').size).toBe(0);
    expect(index.orgsOf('unknown').size).toBe(0);
  });

  it('survives a parent cycle', () => {
    const g = makeGraph({
      orgs: [
        { id: 'a', parent: 'b' },
        { id: 'b', parent: 'a' },
      ],
    });
    expect([...buildIndex(g).orgsOf('a')].sort()).toEqual(['a', 'b']);
  });

  it('orders meetings newest first and finds shared ones', () => {
    const index = buildIndex(graph());
    expect(index.meetingsOf('altman').map((m) => m.id)).toEqual(['m2', 'm3', 'm1']);
    expect(index.meetingsBetween('chey', 'altman').map((m) => m.id)).toEqual(['m2', 'm1']);
    expect(index.meetingsBetween('chey', 'nobody')).toEqual([]);
  });

  it('counts distinct reporting articles', () => {
    const index = buildIndex(graph());
    expect(index.corroboration('m1')).toBe(2);
    expect(index.corroboration('ag1')).toBe(1);
    expect(index.corroboration('zzz')).toBe(0);
  });

  it('gives an empty graph a one-day span', () => {
    const { span } = buildIndex(makeGraph({}));
    expect(span.to).toBe(span.from);
  });
});

describe('the order things happened', () => {
  const m = (id: string, date: string, extra: Partial<WhenRecord> = {}): WhenRecord => ({
    id,
    date,
    title: { ko: id },
    ...extra,
  });
  it('orders a day by time, then part of the day, then title; a month before its days', () => {
    const day = [
      m('z-untimed', '2025-02-04'),
      m('b-evening', '2025-02-04', { dayPart: 'evening' }),
      m('c-0930', '2025-02-04', { time: '09:30' }),
      m('y-morning', '2025-02-04', { dayPart: 'morning' }),
      m('a-morning', '2025-02-04', { dayPart: 'morning' }),
      m('month', '2025-02'),
      m('next-day', '2025-02-05', { time: '07:00' }),
    ];
    // The decorated sort the index and the compiler use gives the same order.
    expect(inOrderOfWhen(day)).toEqual([...day].sort(compareWhen));
    expect(day.sort(compareWhen).map((r) => r.id)).toEqual([
      'month',
      'a-morning',
      'y-morning',
      'c-0930',
      'b-evening',
      'z-untimed',
      'next-day',
    ]);
  });
});
