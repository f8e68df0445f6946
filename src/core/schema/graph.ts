// The contract of public/data/graph.json: written by the compiler, validated by the app on load.
import { z } from './zod';
import { agreementFields, DayDate, Id, meetingFields, Name, NonEmpty, OrganizationKind, Text } from './common';

/** 2: meetings drawn as nodes (three people or more, or one) carry their position; grouped positions (gx, gy). */
export const SCHEMA_VERSION = 2;

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
  url: z.optional(z.url()),
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

/**
 * Where a node is drawn, and (gx, gy) where it goes when organisations are drawn as boxes around their people;
 * without them it stays where it is.
 */
const Position = { x: z.number(), y: z.number(), gx: z.optional(z.number()), gy: z.optional(z.number()) };

export const Person = z.strictObject({
  id: Id,
  kind: z.literal('person'),
  name: Name,
  aliases: z.array(z.string()),
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
  aliases: z.array(z.string()),
  parent: z.optional(Id),
  ...Position,
});
export type Organization = z.infer<typeof Organization>;

export const Entity = z.discriminatedUnion('kind', [Person, Organization]);
export type Entity = z.infer<typeof Entity>;

/** How exact the date is, and the evidence: the same for a meeting and an agreement in graph.json. */
const datedEvidence = {
  precision: Precision,
  sources: z.array(Quote).check(z.minLength(1)),
  disagreements: z.array(Disagreement),
};

export const Meeting = z.strictObject({
  ...meetingFields,
  ...datedEvidence,
  /** Everyone who took part: principals first, then those who sat in. */
  participants: z.array(Id).check(z.minLength(1)),
  /** The subset of participants who sat in or attended alongside the principals. */
  attendees: z.array(Id),
  /** Where its node is drawn: a meeting of three people or more, or of one, is a node joined to each of them. */
  x: z.optional(z.number()),
  y: z.optional(z.number()),
  gx: z.optional(z.number()),
  gy: z.optional(z.number()),
});
export type Meeting = z.infer<typeof Meeting>;

export const Agreement = z.strictObject({ ...agreementFields, ...datedEvidence });
export type Agreement = z.infer<typeof Agreement>;

export const Edge = z.discriminatedUnion('kind', [
  /** Two people who share at least one meeting; `meetings` sorted by date. */
  z.strictObject({
    id: NonEmpty,
    kind: z.literal('met'),
    source: Id,
    target: Id,
    meetings: z.array(Id).check(z.minLength(1)),
  }),
  /** A person's affiliation with an organisation. */
  z.strictObject({ id: NonEmpty, kind: z.literal('affiliation'), source: Id, target: Id, title: Text }),
  /** Two organisations bound by at least one agreement. */
  z.strictObject({
    id: NonEmpty,
    kind: z.literal('agreement'),
    source: Id,
    target: Id,
    agreements: z.array(Id).check(z.minLength(1)),
  }),
]);
export type Edge = z.infer<typeof Edge>;

export const Graph = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** sha256 of the source files the graph was built from, so a reader can tell data versions apart. */
  sourceDigest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  articles: z.array(Article),
  entities: z.array(Entity),
  meetings: z.array(Meeting),
  agreements: z.array(Agreement),
  edges: z.array(Edge),
});
export type Graph = z.infer<typeof Graph>;
