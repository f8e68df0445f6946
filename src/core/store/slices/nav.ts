import { expandedFor } from '../../collapse';
import { dateEndDay, dateStartDay } from '../../schema';
import type { AppState, NavSlice } from '../types';
import { clampRange } from '../utils';
import { selectionEntities } from './selection';
import type { GetState, SetState } from '../utils';

export const createNavSlice = (set: SetState, get: GetState): NavSlice => ({
  navStateApplied(nav) {
    const { index, lang } = get();
    const next: Partial<AppState> = {
      selectedMeeting: nav.meeting ?? null,
      selectedEntity: nav.meeting === undefined ? (nav.person ?? null) : null,
      selectedEdge: null,
      orgFilters: [...nav.orgs],
      // A link without `lang` keeps the language the reader has.
      lang: nav.lang ?? lang,
    };
    if (index) {
      const { span } = index;
      next.range = clampRange(
        span,
        nav.from !== undefined ? dateStartDay(nav.from) : span.from,
        nav.to !== undefined ? dateEndDay(nav.to) : span.to,
      );
    }
    if (index && next.selectedMeeting) {
      const opened = selectionEntities(get(), 'meeting', next.selectedMeeting);
      next.collapsedGroups = expandedFor(index, get().collapsedGroups, opened);
    } else if (index && next.selectedEntity)
      next.collapsedGroups = expandedFor(index, get().collapsedGroups, [next.selectedEntity]);
    set(next);
  },
});
