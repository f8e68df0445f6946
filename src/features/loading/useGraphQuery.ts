import { useQuery } from '@tanstack/react-query';
import type { GraphIndex } from '../../core/graph';
import { graphUrl, loadGraph } from './loadGraph';

/** The loaded, validated and indexed graph; fetched once per page (the data never changes under a reader). */
export function useGraphQuery() {
  return useQuery<GraphIndex, Error>({
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
}
