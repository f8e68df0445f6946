import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Graph } from './graph';
import { validateGraph } from './validate';
import { graphOf } from '../../testing/graphs';

// The records of the shipped file, as its columns read back (core/schema/columns).
const seed = graphOf(readFileSync('public/data/graph.json', 'utf8')) as unknown as Record<string, unknown>;
const clone = <T>(x: T): T => structuredClone(x);
const key = (i: { path: PropertyKey[]; message: string }) => `${i.path.map(String).join('.')}: ${i.message}`;

describe('validating graph.json in slices', () => {
  it('accepts the seed and returns what Graph.parse returns', async () => {
    const r = await validateGraph(clone(seed));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.graph).toEqual(Graph.parse(clone(seed)));
  });

  it('reports the same problems as Graph.safeParse, at the same paths', async () => {
    const arrays = ['articles', 'entities', 'meetings', 'agreements'] as const;
    const breakage = fc.record({
      array: fc.constantFrom(...arrays),
      at: fc.nat(),
      field: fc.constantFrom('id', 'kind', 'date', 'title', 'evidence', 'articles', 'participants', 'x', 'extra'),
      value: fc.constantFrom(undefined, null, 7, '', 'not a date', [], {}),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(breakage, { minLength: 1, maxLength: 4 }), fc.boolean(), async (cuts, badTop) => {
        const raw = clone(seed);
        for (const c of cuts) {
          const list = raw[c.array] as Record<string, unknown>[];
          if (list.length === 0) continue;
          list[c.at % list.length][c.field] = c.value;
        }
        if (badTop) raw.sourceDigest = 'nope';
        const expected = Graph.safeParse(clone(raw));
        const got = await validateGraph(raw);
        expect(got.ok).toBe(expected.success);
        if (!got.ok && !expected.success)
          expect(got.issues.map(key).sort()).toEqual(expected.error.issues.map(key).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('falls back to the whole schema when the top level is not an object of arrays', async () => {
    for (const raw of [null, [], 'x', { ...clone(seed), meetings: {} }]) {
      const r = await validateGraph(raw);
      expect(r.ok).toBe(false);
    }
  });
});
