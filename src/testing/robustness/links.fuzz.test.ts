// Bad links against the real data: parseNav + cleanNav never throw, and what they keep makes a clean link.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../tools/compiler';
import { buildIndex } from '../../core/graph';
import type { GraphIndex } from '../../core/graph';
import { cleanNav, parseNav, serializeNav } from '../../core/url-codec';
import type { Graph } from '../../core/schema/graph';
import { DATA_DIR } from './harness';
import { HOSTILE, linkArb, PERCENT_JUNK } from './links';
import { STRINGS } from '../../i18n/tables';
import { graphOf } from '../graphs';

let graph: Graph;
let index: GraphIndex;

beforeAll(async () => {
  const r = await compile({ dataDir: DATA_DIR, layout: false });
  if (!r.json) throw new Error('data/ does not compile');
  graph = graphOf(r.json);
  index = buildIndex(graph);
});

/** Parse, then clean: the state a link leads to and everything said about it. */
function open(search: string) {
  const parsed = parseNav(search);
  const cleaned = cleanNav(parsed.state, index);
  return { state: cleaned.state, notices: [...parsed.notices, ...cleaned.notices] };
}

describe('links under fuzzing', () => {
  it('the generator makes junk, hostile text and real ids alike', () => {
    const links = fc.sample(linkArb(graph), { numRuns: 800, seed: 3 });
    expect(links.some((l) => HOSTILE.some((h) => l.includes(encodeURIComponent(h))))).toBe(true);
    expect(links.some((l) => PERCENT_JUNK.some((j) => l.includes(`=${j}`)))).toBe(true);
    expect(links.some((l) => open(l).notices.length === 0 && l.length > 1)).toBe(true);
    expect(links.some((l) => open(l).state.meeting !== undefined)).toBe(true);
  });

  it('never throws, and the cleaned state makes a link that opens with no notice', () => {
    fc.assert(
      fc.property(linkArb(graph), (search) => {
        const { state, notices } = open(search);
        for (const n of notices) {
          expect(n.value.length).toBeLessThanOrEqual(40);
          // eslint-disable-next-line no-control-regex -- looking for control characters is the point
          expect(STRINGS.en.notice[n.kind](n.param, n.value)).not.toMatch(/[\u0000-\u001f]/);
        }
        // Every parameter (canonical or not) comes back as it was, and nothing is said about it.
        expect(open(serializeNav(state))).toEqual({ state, notices: [] });
        const canonical = serializeNav(state, index.span);
        const back = open(canonical);
        expect(back.notices).toEqual([]);
        expect(serializeNav(back.state, index.span)).toBe(canonical);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('keeps hostile fragments as plain values and says so', () => {
    for (const h of HOSTILE) {
      const { state, notices } = open(`?meeting=${encodeURIComponent(h)}&org=${encodeURIComponent(h)}`);
      expect(state).toEqual({ orgs: [] });
      expect(notices.map((n) => [n.param, n.value])).toEqual([
        ['meeting', h],
        ['org', h],
      ]);
    }
  });

  it('reads percent-encoding junk without throwing and reports it', () => {
    for (const j of PERCENT_JUNK) {
      const { state, notices } = open(`?person=${j}&from=${j}`);
      expect(state.person).toBeUndefined();
      expect(state.from).toBeUndefined();
      expect(notices.length).toBeGreaterThanOrEqual(1);
    }
  });
});
