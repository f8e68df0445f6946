// The contract of public/data/graph.json: written by the compiler, validated by the app on load.
import { z } from 'zod';
import { AgreementKind, DayDate, Id, MeetingDate, MeetingKind, Name, NonEmpty, OrganizationKind, Text } from './common';

export const SCHEMA_VERSION = 1;

export const Article = z
  .object({
    id: Id,
    outlet: Name,
    title: NonEmpty,
    author: NonEmpty.optional(),
    published: DayDate,
    publishedNote: NonEmpty.optional(),
    note: NonEmpty.optional(),
    language: z.enum(['ko', 'en']),
    url: z.url().optional(),
  })
  .strict();
export type Article = z.infer<typeof Article>;

/** A verbatim quote located in its article, with the rest of its sentence for display. */
export const Quote = z
  .object({
    article: Id,
    /** Exactly `text.slice(start, end)` of the article's raw text. */
    quote: NonEmpty,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** Sentence text before and after the quote, so it can be shown in context. */
    before: z.string(),
    after: z.string(),
  })
  .strict()
  .refine((q) => q.end > q.start, { error: 'quote end must be after its start', path: ['end'] });
export type Quote = z.infer<typeof Quote>;

export const FactVersion = z.object({ value: Text, source: Quote }).strict();
export const Disagreement = z.object({ field: Text, versions: z.array(FactVersion).min(2) }).strict();
export type Disagreement = z.infer<typeof Disagreement>;

const Position = { x: z.number().finite(), y: z.number().finite() };

export const Person = z
  .object({
    id: Id,
    kind: z.literal('person'),
    name: Name,
    aliases: z.array(z.string()),
    affiliations: z.array(z.object({ org: Id, title: Text }).strict()),
    /** Top-level organisation of the first affiliation: colours and groups the person. */
    group: Id.optional(),
    ...Position,
  })
  .strict();
export type Person = z.infer<typeof Person>;

export const Organization = z
  .object({
    id: Id,
    kind: z.literal('organization'),
    orgKind: OrganizationKind,
    name: Name,
    aliases: z.array(z.string()),
    parent: Id.optional(),
    ...Position,
  })
  .strict();
export type Organization = z.infer<typeof Organization>;

export const Entity = z.discriminatedUnion('kind', [Person, Organization]);
export type Entity = z.infer<typeof Entity>;

export const Meeting = z
  .object({
    id: Id,
    date: MeetingDate,
    precision: z.enum(['day', 'month']),
    time: z.string().optional(),
    dayPart: z.enum(['morning', 'midday', 'afternoon', 'evening']).optional(),
    kind: MeetingKind,
    title: Text,
    place: Text.optional(),
    /** Everyone who took part: principals first, then those who sat in. */
    participants: z.array(Id).min(1),
    /** The subset of participants who sat in or attended alongside the principals. */
    attendees: z.array(Id),
    summary: Text,
    sources: z.array(Quote).min(1),
    disagreements: z.array(Disagreement),
    note: z.string().optional(),
  })
  .strict();
export type Meeting = z.infer<typeof Meeting>;

export const Agreement = z
  .object({
    id: Id,
    date: MeetingDate,
    precision: z.enum(['day', 'month']),
    kind: AgreementKind,
    title: Text,
    parties: z.array(Id).min(2),
    summary: Text,
    sources: z.array(Quote).min(1),
    disagreements: z.array(Disagreement),
    note: z.string().optional(),
  })
  .strict();
export type Agreement = z.infer<typeof Agreement>;

export const Edge = z.discriminatedUnion('kind', [
  /** Two people who share at least one meeting; `meetings` sorted by date. */
  z.object({ id: NonEmpty, kind: z.literal('met'), source: Id, target: Id, meetings: z.array(Id).min(1) }).strict(),
  /** A person's affiliation with an organisation. */
  z.object({ id: NonEmpty, kind: z.literal('affiliation'), source: Id, target: Id, title: Text }).strict(),
  /** Two organisations bound by at least one agreement. */
  z
    .object({ id: NonEmpty, kind: z.literal('agreement'), source: Id, target: Id, agreements: z.array(Id).min(1) })
    .strict(),
]);
export type Edge = z.infer<typeof Edge>;

export const Graph = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** sha256 of the source files the graph was built from, so a reader can tell data versions apart. */
    sourceDigest: z.string().regex(/^[0-9a-f]{64}$/),
    articles: z.array(Article),
    entities: z.array(Entity),
    meetings: z.array(Meeting),
    agreements: z.array(Agreement),
    edges: z.array(Edge),
  })
  .strict();
export type Graph = z.infer<typeof Graph>;
