// The compiler under bad input: the real data set, mutated, always ends in a valid graph or in located problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteMutations, LAUGHS } from './byte-mutators';
import { docMutations, ROUND_TRIP } from './doc-mutators';
import { cliKeepsOutput, DATA_DIR, goodOutput, mutate, mutationsArb, runCase } from './harness';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compile } from '../../tools/compiler';
import { decode, encode, readTree, writeTree } from './tree';

const original = readTree(DATA_DIR);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

describe('compiler under mutated data', () => {
  it('compiles the shipped data, and the same data re-serialised by `yaml`, without problems', async () => {
    expect(await runCase(original)).toEqual({ kind: 'valid' });
    // The doc-level mutators rewrite a file through `yaml`: that alone must not break anything.
    expect(await runCase(mutate(original, [ROUND_TRIP]))).toEqual({ kind: 'valid' });
  });

  it.each([
    ['an unknown alias', 'x: *nothing\n'],
    ['a merge of an unknown alias', '<<: *nothing\n'],
    ['an alias bomb', LAUGHS],
  ])('reports %s as a problem, not an exception', async (_name, prefix) => {
    for (const file of ['people.yaml', 'articles/metro-2025-02-04-altman-relay-meetings.yaml']) {
      const files = new Map(original);
      files.set(file, encode(prefix + decode(files.get(file)!)));
      expect(await runCase(files)).toMatchObject({ kind: 'problems' });
    }
  });

  it('stops an alias bomb the same way in a data set too large for the precise parser alone', async () => {
    const files = new Map(original);
    // Over FAST_PARSE_MIN_TOTAL_BYTES in all: the fast parser is tried first, and must hand aliases on.
    files.set('people.yaml', encode(`# ${'x'.repeat(4.5 * 2 ** 20)}\n${decode(files.get('people.yaml')!)}`));
    const deep = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
    ];
    files.set('organizations.yaml', encode(`${deep.join('\n')}\n${decode(files.get('organizations.yaml')!)}`));
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-bomb-'));
    try {
      writeTree(dir, files);
      const t0 = performance.now();
      const result = await compile({ dataDir: dir, layout: false });
      expect(result.problems.map((p) => p.message)).toEqual([expect.stringMatching(/[Ee]xcessive alias count/)]);
      expect(result.problems[0].file).toMatch(/organizations\.yaml$/);
      expect(performance.now() - t0).toBeLessThan(30_000); // it ran for 37 s, then crashed
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('finds problems for each kind of mutation on its own', async () => {
    // One seeded sample per mutator: each must be able to break the data (a mutator that never does tests nothing).
    const all = [...docMutations, ...byteMutations];
    const neverBroke = await Promise.all(
      all.map(async (arb, i) => {
        const samples = fc.sample(arb, { numRuns: 4, seed: 7 + i });
        const outcomes = await Promise.all(samples.map((m) => runCase(mutate(original, [m]))));
        return outcomes.some((o) => o.kind === 'problems') ? null : samples[0].label.split('(')[0];
      }),
    );
    expect(neverBroke.filter(Boolean), 'mutators that never broke the data').toEqual([]);
  }, 60_000);

  it(`never crashes: ${RUNS} random cases end in a valid graph or in located problems`, async () => {
    await fc.assert(
      fc.asyncProperty(mutationsArb, async (mutations) => {
        const outcome = await runCase(mutate(original, mutations));
        if (outcome.kind === 'crash')
          throw new Error(`${mutations.map((m) => m.label).join(' + ')}: ${outcome.detail.slice(0, 800)}`);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20250204) },
    );
  }, 120_000);

  it('the CLI leaves an existing graph.json byte-identical after failing cases', async () => {
    const good = await goodOutput();
    const samples = fc.sample(mutationsArb, { numRuns: 3, seed: 42 });
    const exits: (number | null)[] = [];
    for (const mutations of samples) {
      const r = cliKeepsOutput(mutate(original, mutations), good);
      exits.push(r.exit);
      expect(r.lost, mutations.map((m) => m.label).join(' + ')).toBeNull();
    }
    expect(exits).toContain(1);
  }, 60_000);
});
