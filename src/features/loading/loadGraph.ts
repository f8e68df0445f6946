// The page's side of loading. The page fetches graph.json (picking up the download index.html started) and sends a
// copy of the bytes to the loading worker, which validates them; meanwhile the page parses its own copy, so only
// the verdict crosses back (copying a parsed graph of 100,000 meetings between threads costs seconds).
import { buildIndexSteps, buildMarksSteps, buildPalette, compileSteps, type GraphIndex } from '../../core/graph';
import { decodeGraphSteps } from '../../core/schema/columns';
import { parseGraphText } from '../../core/schema/lines';
import { defaultCollapsed, projectSteps } from '../../core/collapse';
import { ask, warmUp } from './client';
import { evidenceFile, evidenceUrl, GraphLoadError } from './problems';
import type { EvidenceRecords, Timings } from './readFiles';
import { fetchBytes } from './fetchBytes';
import { nextTask } from '../../core/tasks';

export { evidenceFile, GraphLoadError, graphUrl, type LoadProblem } from './problems';

/** Everything short of drawing: fetch, parse (here and in the worker), validate and check (worker), index (here). */
export async function loadGraph(url: string): Promise<GraphIndex> {
  warmUp();
  const bytes = await fetchBytes(url, 'graph.json');
  // Load phases as User Timing marks: the benchmark prints where the time before the first frame goes.
  performance.mark('mg:load:fetched');
  const verdict = ask({ type: 'graph', bytes: bytes.slice(0), file: 'graph.json' }) as Promise<Timings>;
  // Awaited below, after the page's own work: handled now, so a quick refusal is never an unhandled rejection.
  verdict.catch(() => undefined);
  // Read back from its columns and indexed while the worker is still checking (the two cores work at once), in
  // short tasks so the page can answer input between them; nothing is drawn before the worker's verdict, and an
  // index that fails on a bad file gives way to the worker's account of what is wrong with it.
  let index: GraphIndex | null = null;
  let indexedAt = 0;
  try {
    // A column at a time (the compiler writes one per line), not the whole file in one task.
    const raw = await stepped(parseGraphText(new Uint8Array(bytes)));
    const decoded = await stepped(decodeGraphSteps(raw));
    if (decoded.ok) {
      // What the first view is drawn from (the index keeps it).
      const marks = await stepped(buildMarksSteps(decoded.graph));
      index = await stepped(buildIndexSteps(decoded.graph, { marks }));
      indexedAt = performance.now();
      // What the app asks of the index first, kept by core/graph and core/collapse for it to pick up.
      await stepped(compileSteps(index));
      await stepped(projectSteps(index, defaultCollapsed(index)));
      await nextSlice();
      buildPalette(index);
      await nextSlice();
    }
  } catch {
    index = null;
  }
  const timings = await verdict;
  for (const [phase, at] of Object.entries(timings))
    performance.mark(`mg:load:${phase}`, { startTime: Math.max(0, at - performance.timeOrigin) });
  performance.mark('mg:load:indexed', { startTime: indexedAt });
  if (!index)
    throw new GraphLoadError({ kind: 'internal', message: 'graph.json passed the checks but could not be read' });
  return index;
}

/** An evidence file's records (the quotes of a few meetings and agreements), by the hash graph.json names. */
export function loadEvidence(hash: string): Promise<EvidenceRecords> {
  return ask({ type: 'evidence', url: evidenceUrl(hash), file: evidenceFile(hash) }) as Promise<EvidenceRecords>;
}

/** How long one task of the page's own loading work may run before it lets input in. */
const SLICE_MS = 50;

/** When the current task's slice ends: one after another, runs of steps share it. */
let until = 0;

/** Runs `steps` to its end, in tasks of about SLICE_MS. */
async function stepped<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    if (performance.now() >= until) await nextSlice();
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** A task of its own, with a slice of its own. */
async function nextSlice(): Promise<void> {
  await nextTask();
  until = performance.now() + SLICE_MS;
}
