// The graph, loaded once per page by a small store of its own: react-query, which only the evidence files need
// (queries.ts), stays out of the first download.
import { useSyncExternalStore } from 'react';
import type { GraphIndex } from '../../core/graph';
import { graphUrl, loadGraph } from './loadGraph';

export interface GraphLoad {
  data?: GraphIndex;
  /** The last failure; kept while a retry is under way, cleared when one succeeds. */
  error?: Error;
  fetching: boolean;
}

let state: GraphLoad = { fetching: false };
const listeners = new Set<() => void>();

function set(next: GraphLoad): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Starts the download unless the graph is here or on its way; a failure waits for the reader's Retry. */
export function fetchGraph(): void {
  if (state.fetching || state.data) return;
  set({ ...state, fetching: true });
  loadGraph(graphUrl()).then(
    (data) => set({ data, fetching: false }),
    (e: unknown) => set({ error: e instanceof Error ? e : new Error(String(e)), fetching: false }),
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // The first reader starts the download, as a query would on mount; a failure is never retried by itself.
  if (!state.error) fetchGraph();
  return () => listeners.delete(listener);
}

/** The loaded, validated and indexed graph; fetched once per page (the data never changes under a reader). */
export function useGraph(): GraphLoad {
  return useSyncExternalStore(subscribe, () => state);
}
