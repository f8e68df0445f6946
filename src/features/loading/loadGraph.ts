// The page's side of loading: the worker fetches and checks graph.json (readFiles.ts); the page builds the index.
import { buildIndex } from '../../core/graph';
import type { GraphIndex } from '../../core/graph/types';
import { ask } from './client';
import { evidenceFile, evidenceUrl } from './problems';
import type { LoadedFile } from './protocol';
import type { EvidenceRecords } from './readFiles';

export { evidenceFile, GraphLoadError, graphUrl, jsonPath, type LoadProblem } from './problems';

/** Everything short of drawing: fetch, parse, validate, check links (in the worker), index (here). */
export async function loadGraph(url: string): Promise<GraphIndex> {
  const { graph, edges, timings } = (await ask({ type: 'graph', url, file: 'graph.json' })) as LoadedFile;
  // Load phases as User Timing marks: the benchmark prints where the time before the first frame goes.
  for (const [phase, at] of Object.entries(timings))
    performance.mark(`mg:load:${phase}`, { startTime: Math.max(0, at - performance.timeOrigin) });
  performance.mark('mg:load:received');
  const index = buildIndex(graph, edges);
  performance.mark('mg:load:indexed');
  return index;
}

/** An evidence file's records (the quotes of a few meetings and agreements), by the hash graph.json names. */
export function loadEvidence(hash: string): Promise<EvidenceRecords> {
  return ask({ type: 'evidence', url: evidenceUrl(hash), file: evidenceFile(hash) }) as Promise<EvidenceRecords>;
}
