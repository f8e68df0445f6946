import type { SelectionSlice } from '../types';
import type { SetState } from '../utils';

const none = { selectedMeeting: null, selectedEntity: null, selectedEdge: null };

export const createSelectionSlice = (set: SetState): SelectionSlice => ({
  ...none,
  hoveredEntity: null,
  meetingSelected: (id) => set({ ...none, selectedMeeting: id }),
  entitySelected: (id) => set({ ...none, selectedEntity: id }),
  edgeSelected: (id) => set({ ...none, selectedEdge: id }),
  selectionCleared: () => set(none),
  entityHovered: (id) => set({ hoveredEntity: id }),
});
