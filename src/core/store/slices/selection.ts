import { expandedFor } from '../../collapse';
import type { AppState, SelectionSlice } from '../types';
import type { GetState, SetState } from '../utils';

const none = { selectedMeeting: null, selectedEntity: null, selectedEdge: null };

/** The entities a selection must show as themselves: a meeting's participants, a person, an edge's two ends. */
function selectionEntities(s: Pick<AppState, 'index'>, kind: 'meeting' | 'entity' | 'edge', id: string) {
  if (kind === 'entity') return [id];
  if (kind === 'meeting') return s.index?.meetings.get(id)?.participants ?? [];
  const edge = s.index?.edges.get(id);
  return edge ? [edge.source, edge.target] : [];
}

/** The collapsed set a selection needs (its organisations opened), as a partial state; empty when none changes. */
export function openedFor(s: AppState, kind: 'meeting' | 'entity' | 'edge', id: string): Partial<AppState> {
  if (!s.index || s.collapsedGroups.size === 0) return {};
  const next = expandedFor(s.index, s.collapsedGroups, selectionEntities(s, kind, id));
  return next === s.collapsedGroups ? {} : { collapsedGroups: next };
}

export const createSelectionSlice = (set: SetState, get: GetState): SelectionSlice => {
  // Whatever is selected is drawn as itself: its collapsed organisations open.
  const opened = (kind: 'meeting' | 'entity' | 'edge', id: string) => openedFor(get(), kind, id);
  return {
    ...none,
    hoveredEntity: null,
    meetingSelected: (id) => set({ ...none, selectedMeeting: id, ...opened('meeting', id) }),
    entitySelected: (id) => set({ ...none, selectedEntity: id, ...opened('entity', id) }),
    edgeSelected: (id) => set({ ...none, selectedEdge: id, ...opened('edge', id) }),
    selectionCleared: () => set(none),
    entityHovered: (id) => set({ hoveredEntity: id }),
  };
};
