// The page's side of loading. The page fetches graph.json (picking up the download index.html started) and sends a
// copy of the bytes to the loading worker, which validates them; meanwhile the page parses its own copy, so only
// the verdict crosses back (copying a parsed graph of 100,000 meetings between threads costs seconds).
import { buildIndex, type GraphIndex } from '../../core/graph';
import type { Graph } from '../../core/schema';
import { decodeGraph } from '../../core/schema/columns';
import { ask, warmUp } from './client';
import { evidenceFile, evidenceUrl, GraphLoadError } from './problems';
import type { EvidenceRecords, Timings } from './readFiles';
import { fetchBytes } from './fetchBytes';

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
  let graph: Graph | null = null;
  try {
    // Read back from its columns; checked by the worker, whose verdict is awaited before anything is drawn.
    const decoded = decodeGraph(JSON.parse(new TextDecoder().decode(bytes)));
    if (decoded.ok) graph = decoded.graph;
  } catch {
    // The worker says what is wrong with the file.
  }
  // Indexed while the worker is still checking (the two cores work at once); nothing is drawn before its verdict,
  // and an index that fails on a bad file gives way to the worker's account of what is wrong with it.
  let index: GraphIndex | null = null;
  let indexedAt = 0;
  try {
    if (graph) index = buildIndex(graph);
    indexedAt = performance.now();
    // What the first view is drawn from (the index keeps it), worked out while the worker still checks; one task
    // each, so the page can answer input between them.
    if (index) {
      await nextTask();
      index.marks();
      await nextTask();
      index.compiled();
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

/** Resolves in a task of its own (a message to itself: not clamped like setTimeout, not starved like rAF). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
