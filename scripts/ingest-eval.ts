// npm run ingest:eval -- [--data data] [--real <folder of saved pages>]: leave-one-out over data/'s articles and the
// hand-written hard cases; with --real, the real-article corpus too (src/tools/ingest/eval/real/), both halves (or
// the one --half names: tune on dev without looking at test).
import { parseArgs } from 'node:util';
import { calibration, realFigures } from '../src/tools/ingest/eval/figures';
import { evaluateReal, type RealScore } from '../src/tools/ingest/eval/real';
import { evaluate, overall, type Row } from '../src/tools/ingest/eval/run';

let values;
try {
  values = parseArgs({
    options: {
      data: { type: 'string', default: 'data' },
      real: { type: 'string' },
      half: { type: 'string' },
    },
  }).values;
} catch (e) {
  console.error(
    `${(e as Error).message}\nusage: ingest:eval [--data <dir>] [--real <folder of saved pages> [--half dev|test]]`,
  );
  process.exit(1);
}
const rows = evaluate(values.data!);
const cell = (r: Row) => {
  const s = r.score;
  if (!s) return `  failed: ${r.problem}`;
  const f1 = (c: { tp: number; fp: number; fn: number }) =>
    c.tp + c.fp + c.fn ? ((2 * c.tp) / (2 * c.tp + c.fp + c.fn)).toFixed(2) : '—';
  return [
    `${s.matched}/${s.gold}`.padStart(6),
    `${s.proposed}`.padStart(5),
    f1(s.principals).padStart(5),
    f1(s.attendees).padStart(5),
    `${s.datesExact}/${s.matched}`.padStart(6),
    `${s.plannedAsHappened}`.padStart(4),
    `${s.plannedListed}/${s.plannedGold}`.padStart(6),
    `${s.newPeopleFound}/${s.newPeopleGold}`.padStart(6),
    `${s.wrongPeople.length}`.padStart(5),
    `${s.chromePeople.length}`.padStart(6),
    `${s.nonVerbatimQuotes.length}`.padStart(6),
    `${Math.round(s.ms)}`.padStart(6),
  ].join(' ');
};
console.log(`${'article'.padEnd(50)} found  props  prF1  atF1  dates p→h listed people wrong chrome quotes     ms`);
for (const r of rows) {
  console.log(`${r.name.slice(0, 50).padEnd(50)} ${cell(r)}`);
  if (r.score?.wrongPeople.length) console.log(`${''.padEnd(52)}wrongly proposed: ${r.score.wrongPeople.join(', ')}`);
}
const result: Record<string, unknown> = overall(rows);

if (values.real) {
  const {
    rows: real,
    missing,
    problems,
  } = evaluateReal(
    values.real,
    values.data!,
    values.half === 'dev' || values.half === 'test' ? values.half : undefined,
  );
  for (const p of problems) console.log(`left out: ${p}`);
  if (missing.length)
    console.log(
      `\n${missing.length} article(s) of the corpus have no saved page in ${values.real}: ${missing.join(', ')}`,
    );
  const line = (r: RealScore) =>
    [
      r.key.slice(0, 52).padEnd(52),
      `${r.found}/${r.gold}`.padStart(6),
      `${r.acceptedRight}/${r.accepted}`.padStart(7),
      `${r.plannedAccepted}`.padStart(4),
      `${r.recordedMatched}/${r.recorded}`.padStart(6),
      `${r.newPeopleFound}/${r.newPeopleGold}`.padStart(7),
      r.refused ? ' refused' : '',
    ].join(' ');
  for (const half of (['dev', 'test'] as const).filter((h) => !values.half || values.half === h)) {
    const mine = real.filter((r) => r.half === half);
    console.log(`\n${half === 'dev' ? 'Development' : 'Test'} half (${mine.length} articles)`);
    console.log(`${'article'.padEnd(52)}  found  right p→h   rec  people`);
    for (const r of mine) {
      console.log(line(r));
      // The development half's failures are spelled out for tuning; the test half is only scored.
      if (half === 'dev') {
        for (const w of r.wrong) console.log(`${''.padEnd(10)}wrong: ${w}`);
        for (const m of r.missed) console.log(`${''.padEnd(10)}missed: ${m}`);
        if (r.problem) console.log(`${''.padEnd(10)}problem: ${r.problem}`);
      }
    }
    const figures = realFigures(mine);
    console.log(
      Object.entries(figures)
        .map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : v}`)
        .join(', '),
    );
    console.log('confidence band   proposals  right  precision  accepted');
    for (const b of calibration(mine))
      console.log(
        `${b.band.padEnd(16)} ${String(b.proposals).padStart(10)} ${String(b.right).padStart(6)} ${String(b.precision ?? '—').padStart(10)} ${String(b.accepted).padStart(9)}`,
      );
    result[half] = figures;
  }
}
console.log(JSON.stringify(result));
