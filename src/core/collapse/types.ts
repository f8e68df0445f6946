// Organisations drawn as one node each: which graph element stands for which drawn element.
import type { GraphIndex } from '../graph';

/** A drawn line that stands for several marks (the lines and meetings of people in a collapsed organisation). */
export interface Aggregate {
  id: string;
  kind: 'met' | 'agreement';
  source: string;
  target: string;
  /** The marks (graph/marks.ts) it stands for. */
  marks: string[];
  /** Distinct meetings or agreements behind it. */
  n: number;
}

export interface Projection {
  index: GraphIndex;
  /** Top-level organisations drawn as one node for all their people and sub-organisations. */
  collapsed: ReadonlySet<string>;
  /** The drawn node an entity appears as: itself, or its collapsed organisation. */
  nodeOf(entityId: string): string;
  /**
   * What a mark is drawn as: itself; aggregates (a line with a collapsed end, or a meeting with someone in a collapsed
   * organisation: one line per two drawn nodes it joins, one of them collapsed); or nothing (inside one collapsed
   * organisation, a spoke of such a meeting, or a line the overview leaves out).
   */
  drawnAs(markId: string): readonly string[];
  /** Whether a spoke is drawn as nothing because its meeting is drawn as aggregate lines (no id made to ask). */
  hidesSpoke(spoke: { meeting: string }): boolean;
  aggregates: ReadonlyMap<string, Aggregate>;
  /** Lines between two collapsed organisations standing for fewer items than this are left out (1: none are). */
  thinned: Thinned;
}

/** Least meetings / agreements a line between two collapsed organisations stands for to be drawn. */
export interface Thinned {
  met: number;
  agreement: number;
}
