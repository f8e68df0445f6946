// Every query the app makes, as react-query options in one place: the graph once per page, and each evidence file
// once (named by its content, so one never changes under its name). Components and the export menu share them.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphIndex } from '../../core/graph';
import { graphUrl, loadEvidence, loadGraph } from './loadGraph';

export const graphQuery = () =>
  queryOptions<GraphIndex, Error>({
    queryKey: ['graph', graphUrl()],
    queryFn: () => loadGraph(graphUrl()),
    staleTime: Infinity,
    gcTime: Infinity,
    // A failure is shown at once with its reason; the reader decides whether to retry.
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    // The index holds Maps and functions: never deep-compare it.
    structuralSharing: false,
  });

export const evidenceQuery = (hash: string) =>
  queryOptions({
    queryKey: ['evidence', hash],
    queryFn: () => loadEvidence(hash),
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    // A Map of records: never deep-compare it.
    structuralSharing: false,
  });

/** The loaded, validated and indexed graph; fetched once per page (the data never changes under a reader). */
export function useGraphQuery() {
  return useQuery(graphQuery());
}
