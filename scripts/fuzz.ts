// npm run fuzz -- [--runs 5000] [--seed N] [--cli-every 50]: the compiler against thousands of mutated data sets.
// Prints cases, valid outcomes, problem outcomes, crashes and outputs lost; exits 1 on any crash or loss.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { cliKeepsOutput, DATA_DIR, goodOutput, mutate, mutationsArb, runCase } from '../src/testing/robustness/harness';
import { readTree } from '../src/testing/robustness/tree';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5000' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      'cli-every': { type: 'string', default: '50' },
    },
  });
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const cliEvery = Number(values['cli-every']);
  if (![runs, seed, cliEvery].every(Number.isInteger) || runs < 1) {
    console.error('usage: fuzz [--runs N] [--seed N] [--cli-every N (0: never run the CLI)]');
    return 1;
  }
  const original = readTree(DATA_DIR);
  const good = await goodOutput();
  const counts = { cases: 0, valid: 0, problems: 0, crashes: 0, cliRuns: 0, lost: 0 };
  /** First example of each distinct failure, keyed by its first line. */
  const failures = new Map<string, { example: string; times: number }>();
  const note = (kind: string, detail: string, labels: string) => {
    const key = `${kind}: ${detail.split('\n')[0]}`;
    const seen = failures.get(key);
    if (seen) seen.times++;
    else failures.set(key, { example: `${labels}\n    ${detail.split('\n').slice(0, 4).join('\n    ')}`, times: 1 });
  };

  const t0 = performance.now();
  const samples = fc.sample(mutationsArb, { numRuns: runs, seed });
  for (const [i, mutations] of samples.entries()) {
    const files = mutate(original, mutations);
    const labels = mutations.map((m) => m.label).join(' + ');
    const outcome = await runCase(files);
    counts.cases++;
    if (outcome.kind === 'crash') {
      counts.crashes++;
      note('crash', outcome.detail, labels);
    } else counts[outcome.kind]++;
    if (cliEvery > 0 && i % cliEvery === 0) {
      counts.cliRuns++;
      const r = cliKeepsOutput(files, good);
      if (r.crashed) note('CLI crash', r.crashed, labels);
      if (r.lost) {
        counts.lost++;
        note('lost', r.lost, labels);
      }
    }
    if ((i + 1) % 500 === 0) console.error(`… ${i + 1}/${runs}`);
  }
  for (const [key, { example, times }] of failures) console.error(`\n${key} (${times}×)\n  e.g. ${example}`);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `seed ${seed}: ${counts.cases} cases in ${secs} s: ${counts.valid} valid, ${counts.problems} with problems, ` +
      `${counts.crashes} crashed; CLI run on ${counts.cliRuns}, ${counts.lost} outputs lost`,
  );
  return counts.crashes + counts.lost > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
