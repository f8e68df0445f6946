// The drawn graph's shapes: what Cytoscape is given, and how it changes.
import type { ElementDefinition } from 'cytoscape';
import type { Projection } from '../collapse';
import type { DayRange, Visibility, VisibilityChange, VisibilityTracker } from '../graph';
import type { BothLanguages, Meeting } from '../schema';

/** What a meeting's node says on hover, in both languages (its words come from the interface's tables). */
export type MeetingLabel = (meeting: Meeting) => BothLanguages;

/** Structural change when organisations collapse or open: apply removals, then additions, then class changes. */
export interface Restructure {
  removed: string[];
  added: ElementDefinition[];
  /** Organisation nodes that became (or stopped being) one node for their members. */
  collapsedOn: string[];
  collapsedOff: string[];
  /** Kept nodes whose activity changed because what they stand for changed. */
  change: VisibilityChange;
}

export interface DrawnGraph {
  readonly tracker: VisibilityTracker;
  projection(): Projection;
  /** Every drawn element, with classes for the current visibility. */
  elements(): ElementDefinition[];
  /** The tracker's update, in drawn ids: an aggregate shows while any mark it stands for does. */
  update(range: DayRange, orgFilters: readonly string[]): VisibilityChange;
  collapse(next: ReadonlySet<string>): Restructure;
  /** The marks a drawn line stands for (itself for a mark drawn as itself). */
  underlying(drawnEdgeId: string): readonly string[];
  /** What is in view, for text (the list, the graph's text alternative): worked out once per change. */
  visibility(): Visibility;
  /** `listener` runs after each update (a new range or filter); returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}
