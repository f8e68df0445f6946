import type { CollapseSlice } from '../types';
import type { GetGraph, SetState } from '../utils';

// A selection inside an organisation that collapses stays selected: the graph marks the organisation's node instead.
export const createCollapseSlice = (set: SetState, graph: GetGraph): CollapseSlice => ({
  collapsedGroups: new Set(),
  thinned: { met: 1, agreement: 1 },
  overviewDrawn: (thinned) =>
    set((s) =>
      s.thinned.met === thinned.met && s.thinned.agreement === thinned.agreement ? {} : { thinned: { ...thinned } },
    ),
  groupCollapsed: (id) =>
    set((s) => {
      const index = graph();
      return s.collapsedGroups.has(id) || !index || !index.collapsibleGroups().has(id)
        ? {}
        : { collapsedGroups: new Set([...s.collapsedGroups, id]) };
    }),
  groupExpanded: (id) =>
    set((s) => {
      if (!s.collapsedGroups.has(id)) return {};
      const next = new Set(s.collapsedGroups);
      next.delete(id);
      return { collapsedGroups: next };
    }),
  allGroupsCollapsed: () => {
    const index = graph();
    if (index) set({ collapsedGroups: new Set(index.collapsibleGroups().keys()) });
  },
  allGroupsExpanded: () => set((s) => (s.collapsedGroups.size ? { collapsedGroups: new Set() } : {})),
});
