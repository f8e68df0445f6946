// npm run ingest:eval -- [--data data]: leave-one-out over data/'s articles and the hand-written hard cases.
import { parseArgs } from 'node:util';
import { evaluate, overall, type Row } from '../src/tools/ingest/eval/run';

const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' } } });
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
console.log(JSON.stringify(overall(rows)));
