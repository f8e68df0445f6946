import { createContext, useContext } from 'react';
import type { Core } from 'cytoscape';
import type { DrawnGraph } from '../../core/graph/drawn';

export interface LiveGraph {
  cy: Core;
  drawn: DrawnGraph;
}

/** The one Cytoscape instance and what it draws, shared with the controllers; null until every element is in. */
export const CyContext = createContext<LiveGraph | null>(null);

export function useCy(): Core | null {
  return useContext(CyContext)?.cy ?? null;
}

export function useLiveGraph(): LiveGraph | null {
  return useContext(CyContext);
}
