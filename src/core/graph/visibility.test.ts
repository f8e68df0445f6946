import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateStartDay } from '../schema';
import { makeGraph } from '../../testing/graphs';
import { createVisibilityTracker } from './tracker';
import type { DayRange, Visibility, VisibilityChange } from './types';
import { buildIndex } from './build';
import { computeVisibility } from './visibility';

const d = dateStartDay;
const index = buildIndex(
  makeGraph({
    orgs: [{ id: 'sk' }, { id: 'sk-hynix', parent: 'sk' }, { id: 'openai' }, { id: 'kakao' }],
    people: [
      { id: 'chey', orgs: ['sk-hynix'] },
      { id: 'altman', orgs: ['openai'] },
      { id: 'kim', orgs: ['kakao'] },
      { id: 'lee' },
    ],
    meetings: [
      { id: 'june', date: '2024-06', participants: ['altman', 'chey'] },
      { id: 'feb', date: '2025-02-04', participants: ['altman', 'kim'] },
      { id: 'solo', date: '2024-09-15', participants: ['lee'] },
    ],
    agreements: [{ id: 'mou', date: '2025-02-04', parties: ['openai', 'kakao'] }],
  }),
);
const vis = (from: string, to: string, orgs: string[] = []) =>
  computeVisibility(index, { from: d(from), to: d(to) }, orgs);
const ids = (v: Visibility) => ({
  meetings: v.meetings.map((m) => m.id),
  agreements: v.agreements.map((a) => a.id),
  marks: [...v.marks].sort(),
  active: [...v.activeEntities].sort(),
});

describe('computeVisibility', () => {
  it('counts a month-precision meeting on the first and last day of its month', () => {
    expect(ids(vis('2024-06-30', '2024-07-10')).meetings).toEqual(['june']);
    expect(ids(vis('2024-05-01', '2024-06-01')).meetings).toEqual(['june']);
    expect(ids(vis('2024-07-01', '2024-08-01')).meetings).toEqual([]);
    expect(ids(vis('2024-05-01', '2024-05-31')).meetings).toEqual([]);
  });

  it('activates participants and the organisations of active people, ancestors included', () => {
    expect(ids(vis('2024-06-15', '2024-06-15'))).toEqual({
      meetings: ['june'],
      agreements: [],
      marks: ['met:altman:chey'],
      active: ['altman', 'chey', 'openai', 'sk', 'sk-hynix'],
    });
  });

  it('keeps meetings with a member of a filter organisation, through ancestors', () => {
    expect(ids(vis('2024-01-01', '2025-12-31', ['sk'])).meetings).toEqual(['june']);
    expect(ids(vis('2024-01-01', '2025-12-31', ['kakao']))).toEqual({
      meetings: ['feb'],
      agreements: ['mou'],
      marks: ['agr:kakao:openai', 'met:altman:kim'],
      active: ['altman', 'kakao', 'kim', 'openai'],
    });
  });

  it('shows a meeting of one, or of three or more, as its node and a spoke to each person', () => {
    expect(ids(vis('2024-09-15', '2024-09-15')).marks).toEqual(['mtg:solo', 'spk:solo:lee']);
  });

  it('ignores filter ids that are not organisations', () => {
    expect(ids(vis('2024-01-01', '2025-12-31', ['nope'])).meetings).toEqual(['june', 'solo', 'feb']);
  });
});

// A random graph: a few orgs in a hierarchy, people in them, meetings and agreements of mixed precision.
const arbGraph = fc
  .record({
    parents: fc.array(fc.nat(6), { minLength: 6, maxLength: 6 }),
    people: fc.array(fc.array(fc.nat(5), { maxLength: 2 }), { minLength: 1, maxLength: 12 }),
    items: fc.array(
      fc.record({
        month: fc.nat(23),
        day: fc.option(fc.integer({ min: 1, max: 28 })),
        who: fc.array(fc.nat(40), { minLength: 1, maxLength: 4 }),
        agr: fc.boolean(),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ parents, people, items }) => {
    const org = (i: number) => `o${i}`;
    const date = (month: number, day: number | null) =>
      `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}${day ? `-${String(day).padStart(2, '0')}` : ''}`;
    return makeGraph({
      orgs: parents.map((p, i) => ({ id: org(i), parent: p < i ? org(p) : undefined })),
      people: people.map((orgs, i) => ({ id: `p${i}`, orgs: [...new Set(orgs)].map(org) })),
      meetings: items
        .filter((x) => !x.agr)
        .map((x, i) => ({
          id: `m${i}`,
          date: date(x.month, x.day),
          participants: x.who.map((w) => `p${w % people.length}`),
        })),
      agreements: items
        .filter((x) => x.agr)
        .map((x, i) => ({
          id: `a${i}`,
          date: date(x.month, x.day),
          parties: [org(x.who[0] % 6), org((x.who[0] + 1) % 6)],
        })),
    });
  });
const arbStep = fc.record({
  from: fc.integer({ min: d('2023-12-01'), max: d('2026-01-31') }),
  len: fc.integer({ min: 0, max: 400 }),
  orgs: fc.option(fc.array(fc.constantFrom('o0', 'o1', 'o2', 'o3', 'o4', 'o5', 'zz'), { maxLength: 2 }), { freq: 3 }),
});

function apply(state: { marks: Set<string>; active: Set<string> }, c: VisibilityChange) {
  for (const e of c.marksShown) state.marks.add(e);
  for (const e of c.marksHidden) state.marks.delete(e);
  for (const n of c.entitiesActivated) state.active.add(n);
  for (const n of c.entitiesFaded) state.active.delete(n);
}

describe('createVisibilityTracker', () => {
  it('agrees with computeVisibility over random sequences of ranges and filters', () => {
    fc.assert(
      fc.property(arbGraph, fc.array(arbStep, { minLength: 1, maxLength: 25 }), (graph, steps) => {
        const idx = buildIndex(graph);
        const tracker = createVisibilityTracker(idx);
        const seen = { marks: new Set<string>(), active: new Set<string>() };
        let orgs: string[] = [];
        for (const s of steps) {
          if (s.orgs) orgs = s.orgs; // null: keep the filters, move only the range
          const range: DayRange = { from: s.from, to: s.from + s.len };
          const change = tracker.update(range, orgs);
          // Each change names only real transitions.
          for (const e of change.marksShown) expect(seen.marks.has(e)).toBe(false);
          for (const e of change.marksHidden) expect(seen.marks.has(e)).toBe(true);
          apply(seen, change);
          const want = computeVisibility(idx, range, orgs);
          expect(seen.marks).toEqual(want.marks);
          expect(seen.active).toEqual(want.activeEntities);
          expect(ids(tracker.visibility())).toEqual(ids(want));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reports everything on the first call and nothing when nothing moved', () => {
    const tracker = createVisibilityTracker(index);
    const range = { from: d('2024-06-01'), to: d('2024-06-30') };
    expect(tracker.update(range, [])).toEqual({
      marksShown: ['met:altman:chey'],
      marksHidden: [],
      entitiesActivated: expect.arrayContaining(['altman', 'chey', 'openai', 'sk', 'sk-hynix']),
      entitiesFaded: [],
    });
    expect(tracker.update(range, [])).toEqual({
      marksShown: [],
      marksHidden: [],
      entitiesActivated: [],
      entitiesFaded: [],
    });
    expect(tracker.isMarkVisible('met:altman:chey')).toBe(true);
    expect(tracker.isEntityActive('lee')).toBe(false);
  });

  it('drops a month-precision meeting only when the window leaves its month', () => {
    const tracker = createVisibilityTracker(index);
    tracker.update({ from: d('2024-06-30'), to: d('2024-07-30') }, []);
    expect(tracker.update({ from: d('2024-07-01'), to: d('2024-07-31') }, []).marksHidden).toEqual(['met:altman:chey']);
    expect(tracker.update({ from: d('2024-05-01'), to: d('2024-06-01') }, []).marksShown).toEqual(['met:altman:chey']);
  });
});
