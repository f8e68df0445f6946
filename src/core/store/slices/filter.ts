import type { FilterSlice } from '../types';
import type { SetState } from '../utils';

export const createFilterSlice = (set: SetState): FilterSlice => ({
  orgFilters: [],
  orgToggled: (id) =>
    set((s) => ({
      orgFilters: s.orgFilters.includes(id) ? s.orgFilters.filter((o) => o !== id) : [...s.orgFilters, id],
    })),
  orgFiltersCleared: () => set((s) => (s.orgFilters.length ? { orgFilters: [] } : {})),
});
