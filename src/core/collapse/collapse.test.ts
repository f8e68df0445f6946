import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, buildPalette, computeVisibility, parseAggregateId, type Mark } from '../graph';
import { graphOf, makeGraph } from '../../testing/graphs';
import type { GraphIndex } from '../graph';
import { Graph } from '../schema';
import { createDrawnGraph } from '../drawn';
import { aggregateItems, COLLAPSE_ABOVE, defaultCollapsed, expandedFor, project, type Projection } from '.';

const seed = buildIndex(Graph.parse(graphOf(readFileSync('public/data/graph.json', 'utf8'))));

/** Three organisations (one with a sub-organisation), six people, meetings across and inside them. */
function smallIndex(): GraphIndex {
  return buildIndex(
    makeGraph({
      orgs: [{ id: 'acme' }, { id: 'acme-labs', parent: 'acme' }, { id: 'bolt' }, { id: 'core' }],
      people: [
        { id: 'a1', orgs: ['acme'] },
        { id: 'a2', orgs: ['acme-labs'] },
        { id: 'b1', orgs: ['bolt'] },
        { id: 'b2', orgs: ['bolt'] },
        { id: 'c1', orgs: ['core'] },
        { id: 'x', orgs: [] },
      ],
      meetings: [
        { id: 'm1', date: '2024-01-10', participants: ['a1', 'b1'] },
        { id: 'm2', date: '2024-02-10', participants: ['a2', 'b2', 'c1'] },
        { id: 'm3', date: '2024-03-10', participants: ['a1', 'a2'] },
        { id: 'm4', date: '2024-04', participants: ['b1', 'x'] },
        { id: 'm5', date: '2024-05-10', participants: ['a1', 'b2'] },
      ],
      agreements: [{ id: 'g1', date: '2024-02-01', parties: ['acme-labs', 'bolt'] }],
    }),
  );
}

describe('collapsing organisations', () => {
  it('opens the seed expanded and a large graph collapsed', () => {
    expect(defaultCollapsed(seed).size).toBe(0);
    const people = Array.from({ length: COLLAPSE_ABOVE + 1 }, (_, i) => ({ id: `p${i}`, orgs: [`o${i % 3}`] }));
    const big = buildIndex(
      makeGraph({
        orgs: [{ id: 'o0' }, { id: 'o1' }, { id: 'o2' }],
        people,
        meetings: [{ id: 'm', date: '2024-01-01', participants: ['p0', 'p1'] }],
      }),
    );
    expect([...defaultCollapsed(big)].sort()).toEqual(['o0', 'o1', 'o2']);
  });

  it('counts people per top-level organisation, sub-organisations included', () => {
    expect(Object.fromEntries(smallIndex().collapsibleGroups())).toEqual({ acme: 2, bolt: 2, core: 1 });
    expect(seed.collapsibleGroups().get('sk-group')).toBe(5);
  });

  it('draws a collapsed organisation as its own node, with aggregates to the rest', () => {
    const index = smallIndex();
    const p = project(index, new Set(['acme']));
    expect(p.nodeOf('a1')).toBe('acme');
    expect(p.nodeOf('a2')).toBe('acme');
    expect(p.nodeOf('acme-labs')).toBe('acme');
    expect(p.nodeOf('b1')).toBe('b1');
    // The meeting inside Acme is drawn nowhere; a pair's line across it becomes a line to Acme.
    expect(p.drawnAs('met:a1:a2')).toEqual([]);
    expect(p.drawnAs('met:a1:b1')).toEqual(['agg:met:acme:b1']);
    expect(p.drawnAs('met:b1:x')).toEqual(['met:b1:x']);
    // A meeting of three with someone in Acme: a line from Acme to each other person, and no node or spokes.
    expect(p.drawnAs('mtg:m2')).toEqual(['agg:met:acme:b2', 'agg:met:acme:c1']);
    expect(p.drawnAs('spk:m2:b2')).toEqual([]);
    const toB2 = p.aggregates.get('agg:met:acme:b2')!;
    expect(toB2.marks.sort()).toEqual(['met:a1:b2', 'mtg:m2']);
    expect(toB2.n).toBe(2);
    // An agreement with a sub-organisation is drawn to the collapsed top.
    expect([...p.aggregates.values()].find((a) => a.kind === 'agreement')?.id).toBe('agg:agr:acme:bolt');
  });

  it('maps every mark of the seed to itself, aggregates between its drawn ends, or nothing inside one box', () => {
    const groups = [...seed.collapsibleGroups().keys()];
    const marks = seed.marks();
    /** The drawn nodes a mark joins, and the meetings or agreements behind it. */
    const endsOf = (p: Projection, m: Mark) => {
      if (m.kind === 'pair' || m.kind === 'agreement') return [p.nodeOf(m.source), p.nodeOf(m.target)];
      return [...new Set(seed.meetings.get(m.meeting)!.participants.map(p.nodeOf))];
    };
    const itemsOf = (m: Mark) => (m.kind === 'pair' ? m.meetings : m.kind === 'agreement' ? m.agreements : [m.meeting]);
    fc.assert(
      fc.property(fc.subarray(groups), (chosen) => {
        const p = project(seed, new Set(chosen));
        for (const m of marks.all) {
          const drawn = p.drawnAs(m.id);
          const ends = endsOf(p, m);
          const asItself =
            m.kind === 'pair' || m.kind === 'agreement'
              ? ends[0] === m.source && ends[1] === m.target
              : seed.meetings.get(m.meeting)!.participants.every((id) => p.nodeOf(id) === id);
          if (asItself) expect(drawn).toEqual([m.id]);
          else if (m.kind === 'spoke' || new Set(ends).size < 2) expect(drawn).toEqual([]);
          else
            for (const id of drawn) {
              const agg = p.aggregates.get(id)!;
              expect(ends).toEqual(expect.arrayContaining([agg.source, agg.target]));
              expect(agg.marks).toContain(m.id);
            }
        }
        // The panel's list for a line is exactly what the line stands for.
        for (const agg of p.aggregates.values()) {
          const behind = new Set(agg.marks.flatMap((id) => itemsOf(marks.byId.get(id)!)));
          const listed = aggregateItems(seed, p.collapsed, parseAggregateId(agg.id)!).map((x) => x.id);
          expect(listed.sort()).toEqual([...behind].sort());
          expect(agg.n).toBe(behind.size);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('leaves out the weakest lines between collapsed organisations beyond a cap, and says how', () => {
    const index = smallIndex();
    const all = new Set(['acme', 'bolt', 'core']);
    const full = project(index, all, { met: 10, agreement: 10 });
    expect(full.thinned).toEqual({ met: 1, agreement: 1 });
    const counts = [...full.aggregates.values()].filter((a) => a.kind === 'met').map((a) => [a.id, a.n]);
    expect(Object.fromEntries(counts)).toEqual({
      'agg:met:acme:bolt': 3,
      'agg:met:acme:core': 1,
      'agg:met:bolt:core': 1,
      'agg:met:bolt:x': 1,
    });
    // One line between organisations allowed: Acme–Bolt (3 meetings) stays; a line to a person drawn as herself is
    // not an organisation pair and stays too.
    const thin = project(index, all, { met: 1, agreement: 0 });
    expect(thin.thinned).toEqual({ met: 2, agreement: 2 });
    expect([...thin.aggregates.keys()].sort()).toEqual(['agg:met:acme:bolt', 'agg:met:bolt:x']);
    expect(thin.drawnAs('mtg:m2')).toEqual(['agg:met:acme:bolt']);
    expect(thin.drawnAs('met:a1:b1')).toEqual(['agg:met:acme:bolt']);
  });

  it('opens the organisations a selection needs, and keeps a selected organisation itself collapsed', () => {
    const index = smallIndex();
    const all = new Set(['acme', 'bolt', 'core']);
    expect([...expandedFor(index, all, ['a2', 'b1'])]).toEqual(['core']);
    expect(expandedFor(index, all, ['acme'])).toBe(all);
    expect(expandedFor(index, all, ['x'])).toBe(all);
  });

  it('lists what an aggregate stands for, newest first', () => {
    const index = smallIndex();
    const collapsed = new Set(['acme', 'bolt']);
    const ends = parseAggregateId('agg:met:acme:bolt')!;
    expect(aggregateItems(index, collapsed, ends).map((m) => m.id)).toEqual(['m5', 'm2', 'm1']);
    expect(parseAggregateId('met:a:b')).toBeNull();
  });
});

describe('the drawn graph', () => {
  const index = seed;
  const groups = [...index.collapsibleGroups().keys()];
  const { span } = index;
  const day = fc.integer({ min: span.from, max: span.to });
  const step = fc.oneof(
    fc.record({ range: fc.tuple(day, day) }),
    fc.record({ collapse: fc.subarray(groups) }),
    fc.record({ filter: fc.subarray([...index.organizations.keys()], { maxLength: 2 }) }),
  );

  it('shows an aggregate while any mark it stands for is visible, through any mix of steps', () => {
    fc.assert(
      fc.property(fc.subarray(groups), fc.array(step, { minLength: 1, maxLength: 12 }), (start, steps) => {
        const drawn = createDrawnGraph(index, buildPalette(index), new Set(start));
        // The state Cytoscape would hold: element ids with their "hidden"/"inactive" classes, kept by the changes.
        const classes = new Map(drawn.elements().map((e) => [e.data.id!, String(e.classes)]));
        const set = (id: string, cls: string, on: boolean) => {
          const list = new Set((classes.get(id) ?? '').split(' ').filter(Boolean));
          if (on) list.add(cls);
          else list.delete(cls);
          classes.set(id, [...list].join(' '));
        };
        let range = { from: span.from, to: span.to };
        let filter: string[] = [];
        const applyChange = (c: ReturnType<typeof drawn.update>) => {
          for (const id of c.marksShown) set(id, 'hidden', false);
          for (const id of c.marksHidden) set(id, 'hidden', true);
          for (const id of c.entitiesActivated) set(id, 'inactive', false);
          for (const id of c.entitiesFaded) set(id, 'inactive', true);
        };
        applyChange(drawn.update(range, filter));
        for (const s of steps) {
          if ('range' in s) {
            range = { from: Math.min(...s.range), to: Math.max(...s.range) };
            applyChange(drawn.update(range, filter));
          } else if ('filter' in s) {
            filter = s.filter;
            applyChange(drawn.update(range, filter));
          } else {
            const r = drawn.collapse(new Set(s.collapse));
            for (const id of r.removed) classes.delete(id);
            for (const el of r.added) classes.set(el.data.id!, String(el.classes));
            for (const id of r.collapsedOn) set(id, 'collapsed', true);
            for (const id of r.collapsedOff) set(id, 'collapsed', false);
            applyChange(r.change);
          }
          // Compare with a fresh drawing of the same state.
          const fresh = createDrawnGraph(index, buildPalette(index), drawn.projection().collapsed);
          fresh.update(range, filter);
          const expected = new Map(fresh.elements().map((e) => [e.data.id!, String(e.classes)]));
          const norm = (c: string) =>
            c
              .split(' ')
              .filter((x) => x === 'hidden' || x === 'inactive' || x === 'collapsed')
              .sort()
              .join(' ');
          expect(new Set(classes.keys())).toEqual(new Set(expected.keys()));
          for (const [id, c] of expected) expect(norm(classes.get(id)!), id).toBe(norm(c));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('is the one place the text views read what is in view: told after each update, worked out once per change', () => {
    const drawn = createDrawnGraph(index, buildPalette(index), new Set());
    let told = 0;
    const stop = drawn.onChange(() => told++);
    drawn.update(span, []);
    const all = drawn.visibility();
    expect(drawn.visibility()).toBe(all);
    expect(all).toEqual(computeVisibility(index, span, []));
    drawn.update({ from: span.to, to: span.to }, []);
    expect(told).toBe(2);
    expect(drawn.visibility()).toEqual(computeVisibility(index, { from: span.to, to: span.to }, []));
    stop();
    drawn.update(span, []);
    expect(told).toBe(2);
  });
});
