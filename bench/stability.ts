// npm run layout:stability: how much the map moves when the archive grows. Starting from the shipped graph.json,
// it adds one article (one new meeting, two new people), then 50 synthetic meetings, compiles each with the
// previous positions kept (what `npm run compile` does) and laid out afresh (what it did before), and prints how
// far the people already on the map moved (layout units; the first view draws about 1.15 px per unit) and how
// readable the picture stays (crossing lines, dots on others' lines, overlapping labels, in layout units).
import { rmSync } from 'node:fs';
import { checkSources, previousDrawing } from '../src/tools/compiler/index';
import { countCrossings, nodesOnLines, overlapOf } from '../src/tools/compiler/layout/boxes';
import { layout, readableInput } from '../src/tools/compiler/pipeline/layout';
import { link } from '../src/tools/compiler/pipeline/link';
import { addOneArticle, addSyntheticMeetings, dataCopy } from '../src/testing/growth';

type Point = { x: number; y: number };

function laidOut(dataDir: string, previous?: ReadonlyMap<string, Point>) {
  const { validated, quotes, problems } = checkSources(dataDir);
  if (problems.length > 0) throw new Error(`${dataDir}: ${problems.length} problems, first: ${problems[0].message}`);
  const linked = link(validated, quotes);
  const t0 = performance.now();
  const at = layout(linked, previous).at;
  const ms = performance.now() - t0;
  const input = readableInput(linked);
  let overlaps = 0;
  const placed = input.nodes.map((n) => ({ ...at.get(n.id)!, box: n.box }));
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) {
      const o = overlapOf(placed[i], placed[j], 0);
      if (o.x > 0.5 && o.y > 0.5) overlaps++;
    }
  return {
    at,
    people: linked.people.map((p) => p.id),
    ms,
    crossings: countCrossings(at, input.lines),
    onLines: nodesOnLines(at, input.nodes, input.lines),
    overlaps,
  };
}

function moved(before: ReadonlyMap<string, Point>, after: ReadonlyMap<string, Point>, people: string[]) {
  const d = people
    .filter((id) => before.has(id))
    .map((id) => {
      const [a, b] = [before.get(id)!, after.get(id)!];
      return Math.hypot(a.x - b.x, a.y - b.y);
    });
  return { n: d.length, mean: d.reduce((s, v) => s + v, 0) / d.length, max: Math.max(...d) };
}

const shipped = previousDrawing('public/data/graph.json').positions;
const rows: string[][] = [];
const seed = laidOut('data', shipped);
const seedMove = moved(shipped, seed.at, seed.people);
rows.push([
  'seed, as shipped (kept)',
  `${seedMove.n}`,
  seedMove.mean.toFixed(1),
  seedMove.max.toFixed(1),
  ...figures(seed),
]);
for (const [name, grow] of [
  ['+ 1 article (1 meeting, 2 new people)', (d: string) => addOneArticle(d)],
  ['+ 50 synthetic meetings', (d: string) => addSyntheticMeetings(d, 50)],
] as const) {
  const dir = dataCopy('data');
  try {
    grow(dir);
    for (const [how, previous] of [
      ['kept', shipped],
      ['afresh', undefined],
    ] as const) {
      const r = laidOut(dir, previous);
      const m = moved(shipped, r.at, r.people);
      rows.push([`${name} (${how})`, `${m.n}`, m.mean.toFixed(1), m.max.toFixed(1), ...figures(r)]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function figures(r: ReturnType<typeof laidOut>): string[] {
  return [`${r.people.length}`, `${r.crossings}`, `${r.onLines}`, `${r.overlaps}`, `${Math.round(r.ms)}`];
}

const head = [
  'archive',
  'people kept',
  'mean move',
  'largest move',
  'people',
  'crossings',
  'dots on lines',
  'overlaps',
  'layout ms',
];
console.log(`| ${head.join(' | ')} |\n| --- |${' ---: |'.repeat(head.length - 1)}`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
