import { createContext, useContext } from 'react';
import type { Core } from 'cytoscape';

/** The one Cytoscape instance, shared with the controllers; null until every element is in. */
export const CyContext = createContext<Core | null>(null);

export function useCy(): Core | null {
  return useContext(CyContext);
}
