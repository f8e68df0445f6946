import { defaultCollapsed } from '../../collapse';
import { pairId } from '../../graph';
import { dateEndDay, dateStartDay } from '../../schema/dates';
import type { AppState, NavSlice } from '../types';
import { clampRange } from '../utils';
import { openedFor } from './selection';
import type { GetGraph, GetState, SetState } from '../utils';

export const createNavSlice = (set: SetState, get: GetState, graph: GetGraph): NavSlice => ({
  navStateApplied(nav) {
    const index = graph();
    const { lang } = get();
    const next: Partial<AppState> = {
      selectedMeeting: nav.meeting ?? null,
      selectedEntity: nav.meeting === undefined && nav.with === undefined ? (nav.person ?? null) : null,
      selectedEdge: nav.person !== undefined && nav.with !== undefined ? pairId(nav.person, nav.with) : null,
      orgFilters: [...nav.orgs],
      // A link without `lang` keeps the language the reader has.
      lang: nav.lang ?? lang,
    };
    if (index) {
      const groups = [...index.collapsibleGroups().keys()];
      const { collapse } = nav;
      next.groupByOrganization = nav.grouped === true;
      next.collapsedGroups = !collapse
        ? defaultCollapsed(index)
        : new Set(collapse.base === 'all' ? groups.filter((id) => !collapse.ids.includes(id)) : collapse.ids);
      const { span } = index;
      next.range = clampRange(
        span,
        nav.from !== undefined ? dateStartDay(nav.from) : span.from,
        nav.to !== undefined ? dateEndDay(nav.to) : span.to,
      );
    }
    // The organisations of what the link selects are opened, in the collapsed set the link itself asks for.
    const asked = { ...get(), ...next };
    if (next.selectedMeeting) Object.assign(next, openedFor(index, asked, 'meeting', next.selectedMeeting));
    else if (next.selectedEntity) Object.assign(next, openedFor(index, asked, 'entity', next.selectedEntity));
    else if (next.selectedEdge) Object.assign(next, openedFor(index, asked, 'edge', next.selectedEdge));
    set(next);
  },
});
