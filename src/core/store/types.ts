// One zustand store in slices. Actions are named after what happened (events), not setters.
import type { Thinned } from '../collapse/types';
import type { GraphIndex } from '../graph';
import type { Lang } from '../schema';
import type { NavNotice, NavState } from '../url-codec/types';

export interface DataSlice {
  /**
   * The graph arrived (react-query owns it; components read it with `useGraphIndex`): the range and the collapsed
   * organisations start from it, and the actions that need it (opening what a selection involves, clamping a
   * range) use it from then on. The store never holds it in its state.
   */
  graphLoaded(index: GraphIndex): void;
}

export interface SelectionSlice {
  /** Exactly one of these is set at a time (or none). Selecting opens the collapsed organisations it involves. */
  selectedMeeting: string | null;
  selectedEntity: string | null;
  /**
   * A pair `met:a:b` (every meeting of two people, drawn or not as their line), an agreement line `agr:`, or a
   * line between collapsed organisations `agg:`: the panel lists what it stands for.
   */
  selectedEdge: string | null;
  hoveredEntity: string | null;
  meetingSelected(id: string): void;
  entitySelected(id: string): void;
  edgeSelected(id: string): void;
  selectionCleared(): void;
  entityHovered(id: string | null): void;
}

export interface TimelineSlice {
  /** Inclusive day numbers; null until the data is loaded. */
  range: { from: number; to: number } | null;
  playing: boolean;
  /** The window Play started from: it comes back when Play reaches the end. */
  playOrigin: { from: number; to: number } | null;
  rangeChanged(from: number, to: number): void;
  playToggled(): void;
  /** One play step: the window moves forward; past the end, the window Play started from comes back. */
  playTicked(): void;
}

export interface FilterSlice {
  /** Organisation ids; a meeting stays if someone in it belongs (directly or via a parent) to one of them. */
  orgFilters: string[];
  orgToggled(id: string): void;
  orgFiltersCleared(): void;
}

export interface UiSlice {
  lang: Lang;
  /** The browser's language: a link names `lang` only when the reader chose another. Never changes. */
  defaultLang: Lang;
  notices: NavNotice[];
  /** Organisations drawn as compound boxes around their people. */
  groupByOrganization: boolean;
  languageChanged(lang: Lang): void;
  noticesShown(notices: NavNotice[]): void;
  noticesDismissed(): void;
  groupingToggled(): void;
}

export interface CollapseSlice {
  /** Top-level organisations drawn as one node each; all of them by default on a large graph. */
  collapsedGroups: ReadonlySet<string>;
  /** How the drawn overview is thinned (reported by the graph once it has drawn a set). */
  thinned: Thinned;
  overviewDrawn(thinned: Thinned): void;
  groupCollapsed(id: string): void;
  groupExpanded(id: string): void;
  allGroupsCollapsed(): void;
  allGroupsExpanded(): void;
}

export interface NavSlice {
  /** Applies a parsed and cleaned link (on load, and on back/forward). */
  navStateApplied(state: NavState): void;
}

export type AppState = DataSlice & SelectionSlice & TimelineSlice & FilterSlice & UiSlice & CollapseSlice & NavSlice;
