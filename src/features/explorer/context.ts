// What every feature reads about the loaded graph. The loading store owns the loaded index (useGraph); the objects
// built once from it (the drawn graph with its one visibility tracker, the palette) live beside it here.
import { createContext, useContext } from 'react';
import type { DrawnGraph } from '../../core/drawn';
import type { GraphIndex, Palette } from '../../core/graph';

export interface Explorer {
  index: GraphIndex;
  /** What the canvas draws and what is in view: the graph and the text views share it. */
  drawn: DrawnGraph;
  /** One colour per organisation, shared by the graph and the legend. */
  palette: Palette;
}

export const ExplorerContext = createContext<Explorer | null>(null);

function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error('the loaded graph is read inside <ExplorerProvider>, once it has loaded');
  return explorer;
}

export const useGraphIndex = (): GraphIndex => useExplorer().index;
export const useDrawnGraph = (): DrawnGraph => useExplorer().drawn;
export const usePalette = (): Palette => useExplorer().palette;
