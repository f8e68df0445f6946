// The contract of public/data/graph.json: written by the compiler, validated by the app on load.
import { z } from './zod';
import {
  agreementFields,
  DayDate,
  Id,
  meetingFields,
  Name,
  NameText,
  NonEmpty,
  OrganizationKind,
  Text,
} from './common';
import { SCHEMA_VERSION } from './version';

export { SCHEMA_VERSION };

const Precision = z.enum(['day', 'month']);

/** An article as the app shows it; `ArticleSource` (its YAML in data/articles/) is this plus provenance. */
export const Article = z.strictObject({
  id: Id,
  outlet: Name,
  title: NonEmpty,
  author: z.optional(NonEmpty),
  published: DayDate,
  /** How `published` was established when the page prints no date of its own. */
  publishedNote: z.optional(NonEmpty),
  /** How outlet, title or author were established when the page does not print them plainly. */
  note: z.optional(NonEmpty),
  language: z.enum(['ko', 'en']),
  /** The article's web page: http or https only (a javascript:, data: or file: link must never be offered). */
  url: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })),
});
export type Article = z.infer<typeof Article>;

/** A verbatim quote located in its article, with the rest of its sentence for display. */
export const Quote = z
  .strictObject({
    article: Id,
    /** Exactly `text.slice(start, end)` of the article's raw text. */
    quote: NonEmpty,
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.positive()),
    /** Sentence text before and after the quote, so it can be shown in context. */
    before: z.string(),
    after: z.string(),
  })
  .check(z.refine((q) => q.end > q.start, { error: 'quote end must be after its start', path: ['end'] }));
export type Quote = z.infer<typeof Quote>;

export const FactVersion = z.strictObject({ value: Text, source: Quote });
export const Disagreement = z.strictObject({ field: Text, versions: z.array(FactVersion).check(z.minLength(2)) });
export type Disagreement = z.infer<typeof Disagreement>;

/** Layouts span a few tens of thousands of units; far beyond that one node would shrink the rest to a dot. */
export const COORDINATE_LIMIT = 1_000_000;

/**
 * Where a node is drawn, and (gx, gy) where it goes when organisations are drawn as boxes around their people;
 * without them it stays where it is.
 */
const Coordinate = z.number().check(z.gte(-COORDINATE_LIMIT), z.lte(COORDINATE_LIMIT));
const Position = { x: Coordinate, y: Coordinate, gx: z.optional(Coordinate), gy: z.optional(Coordinate) };

export const Person = z.strictObject({
  id: Id,
  kind: z.literal('person'),
  name: Name,
  aliases: z.array(NameText),
  affiliations: z.array(z.strictObject({ org: Id, title: Text })),
  /** Top-level organisation of the first affiliation: colours and groups the person. */
  group: z.optional(Id),
  ...Position,
});
export type Person = z.infer<typeof Person>;

export const Organization = z.strictObject({
  id: Id,
  kind: z.literal('organization'),
  orgKind: OrganizationKind,
  name: Name,
  aliases: z.array(NameText),
  parent: z.optional(Id),
  /** Its people's colour and mark (see core/graph/palette), kept by the compiler from build to build. */
  swatch: z.optional(z.int().check(z.gte(0), z.lte(100_000))),
  ...Position,
});
export type Organization = z.infer<typeof Organization>;

export const Entity = z.discriminatedUnion('kind', [Person, Organization]);
export type Entity = z.infer<typeof Entity>;

/** What the articles say of one meeting or agreement: kept in evidence files, fetched when it is opened. */
export const Evidence = z.strictObject({
  /** What was discussed or agreed; with the place and the editor's note, read only when the record is opened. */
  summary: Text,
  place: z.optional(Text),
  note: z.optional(NonEmpty),
  sources: z.array(Quote).check(z.minLength(1)),
  disagreements: z.array(Disagreement),
});
export type Evidence = z.infer<typeof Evidence>;

/** The name of an evidence file, `evidence/<hash>.json`: a hash of its content, so a host can cache it forever. */
export const EvidenceHash = z.string().check(z.regex(/^[0-9a-f]{16}$/, 'must be 16 hexadecimal digits'));

/** How exact the date is, who reported it, and where its quotes are: alike for a meeting and an agreement. */
const dated = {
  precision: Precision,
  /** The articles that reported it, each once, in the order of its quotes. */
  articles: z.array(Id).check(z.minLength(1)),
  evidence: EvidenceHash,
};

/** What the first view needs of a meeting: the rest (summary, place, note) is in its evidence. */
const { summary: _summary, place: _place, note: _note, ...shownMeetingFields } = meetingFields;
const { summary: _agreed, note: _agreementNote, ...shownAgreementFields } = agreementFields;

export const Meeting = z.strictObject({
  ...shownMeetingFields,
  ...dated,
  /** Everyone who took part: principals first, then those who sat in. */
  participants: z.array(Id).check(z.minLength(1)),
  /** The subset of participants who sat in or attended alongside the principals. */
  attendees: z.array(Id),
  /** Where its node is drawn: a meeting of three people or more, or of one, is a node joined to each of them. */
  x: z.optional(Coordinate),
  y: z.optional(Coordinate),
  gx: z.optional(Coordinate),
  gy: z.optional(Coordinate),
});
export type Meeting = z.infer<typeof Meeting>;

export const Agreement = z.strictObject({ ...shownAgreementFields, ...dated });
export type Agreement = z.infer<typeof Agreement>;

/** One evidence file: the quotes of a few meetings and agreements, by id. */
export const EvidenceFile = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  records: z.record(Id, Evidence),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

/** What the app derives from the records (core/graph/edges.ts), never shipped: the same for compiler and app. */
export type Edge =
  /** Two people who share at least one meeting; `meetings` sorted by date. */
  | { id: string; kind: 'met'; source: string; target: string; meetings: string[] }
  /** A person's affiliation with an organisation. */
  | { id: string; kind: 'affiliation'; source: string; target: string; title: z.infer<typeof Text> }
  /** Two organisations bound by at least one agreement. */
  | { id: string; kind: 'agreement'; source: string; target: string; agreements: string[] };

/** A meeting or an agreement with its quotes, as the compiler builds it before splitting the files. */
export type MeetingRecord = Omit<Meeting, 'articles' | 'evidence'> & Evidence;
export type AgreementRecord = Omit<Agreement, 'articles' | 'evidence'> & Evidence;

export const Graph = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** sha256 of the source files the graph was built from, so a reader can tell data versions apart. */
  sourceDigest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  articles: z.array(Article),
  entities: z.array(Entity),
  meetings: z.array(Meeting),
  agreements: z.array(Agreement),
});
export type Graph = z.infer<typeof Graph>;

/** Everything the compiler knows, quotes and edges included; split into graph.json and evidence files. */
export interface Archive extends Omit<Graph, 'meetings' | 'agreements'> {
  meetings: MeetingRecord[];
  agreements: AgreementRecord[];
  edges: Edge[];
}
