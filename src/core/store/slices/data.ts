import { defaultCollapsed } from '../../collapse';
import type { GraphIndex } from '../../graph';
import type { DataSlice } from '../types';
import type { SetState } from '../utils';

export const createDataSlice = (set: SetState, graphArrived: (index: GraphIndex) => boolean): DataSlice => ({
  graphLoaded(index) {
    // Once per graph: a restart (React StrictMode) must not reset what the link applied.
    if (graphArrived(index)) set({ range: { ...index.span }, collapsedGroups: defaultCollapsed(index) });
  },
});
