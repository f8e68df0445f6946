// The shapes the compiler's stages hand each other (collect → load → validate → cross-check → link → layout →
// emit). Each stage is a function of the previous one's output and returns its own problems.
import type {
  AgreementRecord,
  Archive,
  Article,
  Edge,
  MeetingRecord,
  Organization,
  Person,
} from '../../../core/schema/graph';
import type {
  AgreementSource,
  ArticleSource,
  MeetingSource,
  OrganizationSource,
  PersonSource,
} from '../../../core/schema/source';

/** One thing wrong with the sources, pointing at the exact place to fix it. */
export interface Problem extends ToolProblem {
  line: number;
  column: number;
}

export interface CompileOptions {
  dataDir: string;
  /** Compute positions (default true); tests of other stages switch it off for speed. */
  layout?: boolean;
  /** How the previous graph.json drew the map (see ../previous.ts): kept, so it keeps its shape and colours. */
  previous?: PreviousDrawing;
}

export interface PreviousDrawing {
  /** Where each node was drawn, by node id (meetings by their node's id). */
  positions: ReadonlyMap<string, { x: number; y: number }>;
  /** Each organisation's swatch (core/graph/palette). */
  swatches: ReadonlyMap<string, number>;
}

export interface CompileStats {
  articles: number;
  people: number;
  organizations: number;
  meetings: number;
  agreements: number;
  edges: number;
  files: number;
  ms: number;
}

/** One evidence file: written as `evidence/<hash>.json` beside graph.json. */
export interface EvidenceOut {
  hash: string;
  json: string;
}

export interface CompileResult {
  /** Everything, quotes and edges included (what tests and tools read). */
  graph: Archive | null;
  /** graph.json, and the evidence files it names. */
  json: string | null;
  evidence: EvidenceOut[];
  problems: Problem[];
  stats: CompileStats;
}

export type Collection = 'people' | 'organizations' | 'meetings' | 'agreements';
export const COLLECTIONS: readonly Collection[] = ['people', 'organizations', 'meetings', 'agreements'];

/** A file found in the data dir: `abs` to read it, `rel` (to the data dir, posix) for the digest. */
export interface FileRef {
  abs: string;
  rel: string;
  /** As shown in problems: relative to the cwd. */
  display: string;
}

export interface ArticleFiles {
  id: string;
  yaml: FileRef;
  txt: FileRef | null;
}

export interface Collected {
  /** Every file that feeds the graph, sorted by `rel`: the digest covers exactly these. */
  all: FileRef[];
  articles: ArticleFiles[];
  collections: Record<Collection, FileRef[]>;
  problems: Problem[];
}

import type { ToolProblem } from '../../common/problems';
export type { Locator, ValuePath } from '../../common/locate';
import type { Locator, ValuePath } from '../../common/locate';

export interface LoadedYaml {
  ref: FileRef;
  /** Plain JS value of the document, or undefined when it could not be parsed. */
  value: unknown;
  locator: Locator;
}

export interface LoadedArticle {
  id: string;
  meta: LoadedYaml;
  /** Decoded text, or null when missing or unreadable (a problem says why). */
  text: string | null;
}

export interface Loaded {
  articles: LoadedArticle[];
  collections: Record<Collection, LoadedYaml[]>;
  problems: Problem[];
}

/** A record that passed its schema, with where it came from for later problems. */
export interface Located<T> {
  value: T;
  locator: Locator;
  path: ValuePath;
}

/** After the cross-checks: every record is consistent with the others. */
export interface Validated {
  articles: Map<string, { meta: Located<ArticleSource>; text: string }>;
  people: Located<PersonSource>[];
  organizations: Located<OrganizationSource>[];
  meetings: Located<MeetingSource>[];
  agreements: Located<AgreementSource>[];
}

/** After the schemas: records that passed, with what later checks must know about those that did not. */
export interface SchemaChecked {
  articles: { id: string; meta: Located<ArticleSource>; text: string | null }[];
  people: Located<PersonSource>[];
  organizations: Located<OrganizationSource>[];
  meetings: Located<MeetingSource>[];
  agreements: Located<AgreementSource>[];
  /** Ids of records that failed their schema: references to them are not reported again as unknown. */
  failedIds: Set<string>;
  /**
   * The sources of meetings and agreements that failed their schema elsewhere (a bad date, say): their quotes are
   * still checked, so every problem of a record is reported at once.
   */
  evidenceOfFailed: Located<Pick<MeetingSource, 'id' | 'sources' | 'disagreements'>>[];
  /** True when a people or organisations file could not be read: unknown references are then not reported. */
  entitiesIncomplete: boolean;
  problems: Problem[];
}

/** After linking: the graph's records without positions. */
export type Unplaced<T> = Omit<T, 'x' | 'y' | 'gx' | 'gy'>;

export interface Linked {
  articles: Article[];
  people: Unplaced<Person>[];
  organizations: Unplaced<Organization>[];
  meetings: MeetingRecord[];
  agreements: AgreementRecord[];
  edges: Edge[];
}

/** Model coordinates per entity id, from the layout stage. */
export type Positions = Map<string, { x: number; y: number }>;

/** Stage 5's result: where each node is drawn, and where it goes when organisations are boxes (when it moves). */
export interface Layout {
  at: Positions;
  grouped: Positions;
}
