// Organisations drawn as one node each: which graph element stands for which drawn element.
import type { GraphIndex } from '../graph/types';

/** A drawn edge that stands for several graph edges (people in a collapsed organisation). */
export interface Aggregate {
  id: string;
  kind: 'met' | 'agreement';
  source: string;
  target: string;
  /** The `met:`/`agr:` edges it stands for. */
  edges: string[];
  /** Distinct meetings or agreements behind it. */
  n: number;
}

export interface Projection {
  index: GraphIndex;
  /** Top-level organisations drawn as one node for all their people and sub-organisations. */
  collapsed: ReadonlySet<string>;
  /** The drawn node an entity appears as: itself, or its collapsed organisation. */
  nodeOf(entityId: string): string;
  /** The drawn edge a graph edge appears as: itself, an aggregate, or null (inside one collapsed organisation, or a line the overview leaves out). */
  edgeOf(edgeId: string): string | null;
  aggregates: ReadonlyMap<string, Aggregate>;
  /** Lines between two collapsed organisations standing for fewer items than this are left out (1: none are). */
  thinned: Thinned;
}

/** Least meetings / agreements a line between two collapsed organisations stands for to be drawn. */
export interface Thinned {
  met: number;
  agreement: number;
}
