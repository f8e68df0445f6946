// Slider-step cost of the visibility tracker on synthetic graphs: `npx tsx src/core/graph/visibility.bench.ts`.
import { dateStartDay, dayToIso } from '../schema';
import { makeGraph } from '../../testing/graphs';
import { createVisibilityTracker } from './tracker';
import { buildIndex } from './build';
import { computeVisibility } from './visibility';

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synth(meetings: number, people: number, orgs: number) {
  const r = rng(meetings);
  const pick = (n: number) => Math.floor(r() * n);
  const first = dateStartDay('2020-01-01');
  const days = dateStartDay('2025-12-31') - first;
  return makeGraph({
    validate: false,
    orgs: Array.from({ length: orgs }, (_, i) => ({ id: `o${i}`, parent: i >= 20 ? `o${i % 20}` : undefined })),
    people: Array.from({ length: people }, (_, i) => ({ id: `p${i}`, orgs: [`o${pick(orgs)}`] })),
    meetings: Array.from({ length: meetings }, (_, i) => {
      const iso = dayToIso(first + pick(days));
      // A few people meet often (power law), so edges carry many meetings as in the real data.
      const who = Array.from({ length: 2 + pick(3) }, () => `p${Math.floor(people * r() ** 3)}`);
      return { id: `m${i}`, date: r() < 0.1 ? iso.slice(0, 7) : iso, participants: who };
    }),
    agreements: Array.from({ length: meetings / 100 }, (_, i) => ({
      id: `a${i}`,
      date: dayToIso(first + pick(days)),
      parties: [`o${pick(orgs)}`, `o${pick(orgs)}`],
    })),
  });
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (x: number) => x.toFixed(3);

function run(meetings: number, people: number, orgs: number): void {
  let t = performance.now();
  const graph = synth(meetings, people, orgs);
  const tSynth = performance.now() - t;
  t = performance.now();
  const index = buildIndex(graph);
  const tIndex = performance.now() - t;
  t = performance.now();
  const tracker = createVisibilityTracker(index);
  const tCompile = performance.now() - t;

  const { from, to } = index.span;
  const len = to - from + 1;
  const step = Math.max(1, Math.round(len / 100));
  const width = Math.round(len / 6);
  t = performance.now();
  tracker.update({ from, to: from + width }, []);
  const tFirst = performance.now() - t;

  const times = { forward: [] as number[], backward: [] as number[], resize: [] as number[] };
  let changed = 0;
  let warm = false; // the first round only warms the JIT up and is not counted
  const time = (bucket: number[], a: number, b: number) => {
    const t0 = performance.now();
    const c = tracker.update({ from: a, to: b }, []);
    if (warm) bucket.push(performance.now() - t0);
    changed += c.marksShown.length + c.marksHidden.length + c.entitiesActivated.length + c.entitiesFaded.length;
  };
  for (let round = 0; round < 4; round++, warm = true) {
    for (let a = from; a + width <= to; a += step) time(times.forward, a, a + width);
    for (let a = to - width; a >= from; a -= step) time(times.backward, a, a + width);
    for (let b = from; b <= to; b += step) time(times.resize, from, b);
  }
  t = performance.now();
  tracker.update({ from, to }, ['o1', 'o2']);
  const tFilter = performance.now() - t;
  t = performance.now();
  computeVisibility(index, { from, to: from + width }, []);
  const tReference = performance.now() - t;

  console.log(
    `\n${meetings} meetings, ${people} people, ${orgs} orgs, ${index.graph.meetings.length} meeting records; span ${len} days, step ${step} days, window ${width} days`,
  );
  console.log(
    `  synth ${ms(tSynth)} ms, buildIndex ${ms(tIndex)} ms, tracker setup ${ms(tCompile)} ms, first update ${ms(tFirst)} ms`,
  );
  for (const [name, xs] of Object.entries(times))
    console.log(
      `  ${name.padEnd(8)} ${xs.length} steps: p50 ${ms(quantile(xs, 0.5))} ms, p95 ${ms(quantile(xs, 0.95))} ms, max ${ms(quantile(xs, 1))} ms`,
    );
  console.log(`  filter change (full recompute) ${ms(tFilter)} ms; computeVisibility (reference) ${ms(tReference)} ms`);
  console.log(`  avg elements changed per step ${(changed / Object.values(times).flat().length).toFixed(0)}`);
}

run(10_000, 2_000, 100);
run(100_000, 20_000, 400);
