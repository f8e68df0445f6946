// npm run synth -- --people N --meetings M [--out DIR] [--seed S]: a seeded synthetic source set for scale tests.
import { parseArgs } from 'node:util';
import { synthesize } from '../src/tools/synth/model';
import { writeSynthSet } from '../src/tools/synth/write';

function positive(name: string, value: string | undefined, fallback?: number): number {
  const n = value === undefined ? fallback : Number(value);
  if (n === undefined || !Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return n;
}

try {
  const { values } = parseArgs({
    options: {
      people: { type: 'string' },
      meetings: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const people = positive('people', values.people);
  if (people < 2) throw new Error('--people must be at least 2: a meeting needs two people');
  const meetings = positive('meetings', values.meetings);
  const seed = positive('seed', values.seed, 1);
  const out = values.out ?? `.cache/synth/p${people}-m${meetings}`;
  const t0 = performance.now();
  const set = synthesize({ people, meetings, seed });
  const { files } = writeSynthSet(out, set);
  const s = ((performance.now() - t0) / 1000).toFixed(2);
  console.log(
    `${out}: ${set.people.length} people, ${set.organizations.length} organizations, ${set.meetings.length} meetings, ` +
      `${set.agreements.length} agreements, ${set.articles.length} articles in ${files} files, in ${s} s`,
  );
} catch (e) {
  console.error(`${(e as Error).message}\nusage: synth --people N --meetings M [--out DIR] [--seed S]`);
  process.exit(1);
}
