// npm run ingest:calibrate -- --real <folder of saved pages> [--data data]: fits the ingest assistant's confidence
// on the real corpus's development half (never the test half) and writes src/tools/ingest/helpers/fitted.ts
// when it changed. Prints the weights and the held-out precision per band.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { parseArgs } from 'node:util';
import { acceptLine, choosePenalty, fit, type Sample } from '../src/tools/ingest/eval/calibrate';
import { bands } from '../src/tools/ingest/eval/figures';
import { evaluateReal } from '../src/tools/ingest/eval/real';
import type { Calibration } from '../src/tools/ingest/helpers/calibration';

const FILE = 'src/tools/ingest/helpers/fitted.ts';
let values;
try {
  values = parseArgs({ options: { data: { type: 'string', default: 'data' }, real: { type: 'string' } } }).values;
  if (!values.real) throw new Error('--real is required');
} catch (e) {
  console.error(`${(e as Error).message}\nusage: ingest:calibrate --real <folder of saved pages> [--data <dir>]`);
  process.exit(1);
}
const { rows, missing } = evaluateReal(values.real!, values.data!, 'dev');
if (missing.length) console.log(`${missing.length} development article(s) have no saved page: ${missing.join(', ')}`);
const samples: Sample[] = rows.flatMap((r) =>
  r.proposals.flatMap((p) =>
    p.settled && p.evidence ? [{ event: r.event, evidence: p.evidence, right: p.right }] : [],
  ),
);
const right = samples.filter((s) => s.right).length;
console.log(`${rows.length} articles, ${samples.length} proposals the text settles (${right} right)`);

const { best, scored } = choosePenalty(samples);
console.log('\npenalty  held-out log-loss');
for (const s of scored) console.log(`${String(s.lambda).padStart(7)}  ${s.loss}${s === best ? '  ← chosen' : ''}`);
const held = best.probabilities;
const line = acceptLine(held, samples);
console.log('\nheld-out confidence   proposals  right  precision');
const heldBands = bands(
  samples.map((s, k) => ({ confidence: held[k], right: s.right })),
  [0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0001],
);
for (const b of heldBands)
  console.log(
    `${b.band.padEnd(20)}${String(b.proposals).padStart(11)}${String(b.right).padStart(7)}${String(b.precision ?? '—').padStart(11)}`,
  );
const model = fit(samples, best.lambda);
console.log('\nweight  evidence');
console.log(`${model.bias.toFixed(2).padStart(6)}  (bias)`);
for (const [f, w] of Object.entries(model.weights).sort((a, b) => b[1] - a[1]))
  console.log(`${w.toFixed(2).padStart(6)}  ${f}`);
console.log(
  `\naccept line ${line.at.toFixed(2)}: ${line.accepted} of ${samples.length} held-out proposals at or above it, ` +
    `precision ${line.precision}, ${Math.round(line.recall * 100)}% of the right ones` +
    (line.reached ? '' : ' (no line reaches 0.95: the line of best F0.5)'),
);
const calibration: Calibration = {
  fitted: `development half of the real corpus: ${rows.length} articles, ${samples.length} settled proposals (${right} right); penalty ${best.lambda}`,
  ...model,
  acceptAt: line.at,
  precisionAt: line.precision,
  reached: line.reached,
};
const text = await format(
  `// Written by \`npm run ingest:calibrate\` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = ${JSON.stringify(calibration, null, 2)};
`,
  { ...(await resolveConfig(FILE)), filepath: FILE },
);
if (existsSync(FILE) && readFileSync(FILE, 'utf8') === text) console.log(`${FILE}: unchanged`);
else {
  writeFileSync(FILE, text);
  console.log(`${FILE}: written`);
}
