// Read-only lookups over a loaded graph.json, built once on load and shared by every feature.
import type { Agreement, Article, Edge, Graph, Meeting, Organization, Person } from '../schema';
import type { Compiled } from './compiled';
import type { Marks } from './marks';

/** Days since 1970-01-01 (UTC), inclusive ranges. A month-precision date spans its whole month. */
export interface DayRange {
  from: number;
  to: number;
}

export interface GraphIndex {
  /** graph.json as loaded. */
  graph: Graph;
  articles: ReadonlyMap<string, Article>;
  people: ReadonlyMap<string, Person>;
  organizations: ReadonlyMap<string, Organization>;
  meetings: ReadonlyMap<string, Meeting>;
  agreements: ReadonlyMap<string, Agreement>;
  /** An edge by id (`met:a:b`, `agr:a:b`, `aff:person:org`), worked out when asked for. */
  edges: { get(id: string): Edge | undefined };
  /** First and last day any meeting or agreement covers. */
  span: DayRange;
  /** Day interval a meeting or agreement covers (a month for month precision). */
  daysOf(meetingOrAgreementId: string): DayRange | undefined;
  /** Every meeting and agreement in the order they happened (compareWhen): what lists and exports show. */
  inOrder(): { meetings: readonly Meeting[]; agreements: readonly Agreement[] };
  /** A person's organisations and all their ancestors (SK hynix → SK Group). */
  orgsOf(personId: string): ReadonlySet<string>;
  /** Meetings a person took part in, newest first. */
  meetingsOf(personId: string): readonly Meeting[];
  /** Meetings two people share, newest first (empty when none). */
  meetingsBetween(a: string, b: string): readonly Meeting[];
  /** How many distinct articles report a meeting or agreement. */
  corroboration(meetingOrAgreementId: string): number;
  // Derived once, when first asked for, and kept by the index.
  /** What the canvas draws for meetings and agreements (marks.ts). */
  marks(): Marks;
  /** The graph as typed arrays, for scrubbing the timeline without allocating (compiled.ts). */
  compiled(): Compiled;
  /** The top-level organisation an entity is grouped under (a person's `group`), if any (groups.ts). */
  groupOf(entityId: string): string | undefined;
  /** Organisations that can collapse: top-level ones with people, with their people counts. */
  collapsibleGroups(): ReadonlyMap<string, number>;
}

/** What the graph shows for a time range and organisation filter. */
export interface Visibility {
  /** Meetings in view, sorted by date (oldest first). */
  meetings: readonly Meeting[];
  agreements: readonly Agreement[];
  /** Ids of the marks (marks.ts: pair lines, meeting nodes and spokes, agreement lines) with an item in view. */
  marks: ReadonlySet<string>;
  /** Entity ids with at least one visible meeting or agreement (the rest fade). */
  activeEntities: ReadonlySet<string>;
}

/** The elements whose visibility changed between two updates: all Cytoscape needs to touch. */
export interface VisibilityChange {
  marksShown: string[];
  marksHidden: string[];
  entitiesActivated: string[];
  entitiesFaded: string[];
}
