import { expandedFor } from '../../collapse';
import { parsePairId, type GraphIndex } from '../../graph';
import type { AppState, SelectionSlice } from '../types';
import type { GetGraph, GetState, SetState } from '../utils';

const none = { selectedMeeting: null, selectedEntity: null, selectedEdge: null };

/** The entities a selection must show as themselves: a meeting's participants, a person, an edge's two ends. */
function selectionEntities(index: GraphIndex, kind: 'meeting' | 'entity' | 'edge', id: string) {
  if (kind === 'entity') return [id];
  if (kind === 'meeting') return index.meetings.get(id)?.participants ?? [];
  const pair = parsePairId(id);
  if (pair) return [pair.a, pair.b];
  const edge = index.edges.get(id);
  return edge ? [edge.source, edge.target] : [];
}

/** The collapsed set a selection needs (its organisations opened), as a partial state; empty when none changes. */
export function openedFor(
  index: GraphIndex | null,
  s: AppState,
  kind: 'meeting' | 'entity' | 'edge',
  id: string,
): Partial<AppState> {
  if (!index || s.collapsedGroups.size === 0) return {};
  const next = expandedFor(index, s.collapsedGroups, selectionEntities(index, kind, id));
  return next === s.collapsedGroups ? {} : { collapsedGroups: next };
}

export const createSelectionSlice = (set: SetState, get: GetState, graph: GetGraph): SelectionSlice => {
  // Whatever is selected is drawn as itself: its collapsed organisations open.
  const opened = (kind: 'meeting' | 'entity' | 'edge', id: string) => openedFor(graph(), get(), kind, id);
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
