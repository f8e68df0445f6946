import { defaultCollapsed } from '../../collapse';
import type { DataSlice } from '../types';
import type { SetState } from '../utils';

export const createDataSlice = (set: SetState): DataSlice => ({
  index: null,
  graphLoaded(index) {
    set({ index, range: { ...index.span }, collapsedGroups: defaultCollapsed(index) });
  },
});
