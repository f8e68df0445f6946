// The evidence files through react-query: each fetched once (named by its content, so one never changes under its
// name) and shared by the panel and the export menu. Only those lazy chunks import this, so react-query stays out
// of the first download; the graph is loaded by useGraph.
import { QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { loadEvidence } from './loadGraph';

/** One client for the page: the files are named by their content, so any tree may share what it holds. */
export const evidenceClient = new QueryClient();

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

/** A file's records, fetched when first asked for. */
export function useEvidence(hash: string) {
  return useQuery(evidenceQuery(hash), evidenceClient);
}
