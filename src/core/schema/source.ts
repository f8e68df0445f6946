// The files people edit in data/: one schema, used by the compiler (and by tests) to validate them.
import { z } from 'zod';
import { AgreementKind, DayDate, Id, MeetingDate, MeetingKind, Name, NonEmpty, OrganizationKind, Text } from './common';

/** data/articles/<id>.yaml — metadata beside the unchanged raw text in data/articles/<id>.txt */
export const ArticleSource = z
  .object({
    id: Id,
    outlet: Name,
    title: NonEmpty,
    author: NonEmpty.optional(),
    published: DayDate,
    /** How `published` was established when the page prints no date of its own. */
    publishedNote: NonEmpty.optional(),
    language: z.enum(['ko', 'en']),
    url: z.url().optional(),
    /** How outlet, title or author were established when the page does not print them plainly. */
    note: NonEmpty.optional(),
    /** Name of the seed file the raw text was copied from, for provenance. */
    seed: NonEmpty.optional(),
  })
  .strict();
export type ArticleSource = z.infer<typeof ArticleSource>;

export const Affiliation = z
  .object({
    org: Id,
    title: Text,
  })
  .strict();

export const PersonSource = z
  .object({
    id: Id,
    name: Name,
    aliases: z.array(NonEmpty).default([]),
    affiliations: z.array(Affiliation).default([]),
  })
  .strict();
export type PersonSource = z.infer<typeof PersonSource>;

export const OrganizationSource = z
  .object({
    id: Id,
    name: Name,
    kind: OrganizationKind,
    aliases: z.array(NonEmpty).default([]),
    /** The group an organisation belongs to (SK hynix → SK Group); people are coloured by it. */
    parent: Id.optional(),
  })
  .strict();
export type OrganizationSource = z.infer<typeof OrganizationSource>;

/** One article's report: one or more quotes that must appear verbatim in its text. */
export const SourceRef = z
  .object({
    article: Id,
    quotes: z.array(NonEmpty).min(1, 'give at least one verbatim quote'),
  })
  .strict();

/** One version of a fact, as one article reports it. */
export const FactVersion = z
  .object({
    value: Text,
    article: Id,
    quote: NonEmpty,
  })
  .strict();

/** A fact of a meeting that articles report differently (duration, district, event name…). */
export const Disagreement = z
  .object({
    field: Text,
    versions: z.array(FactVersion).min(2, 'a disagreement needs at least two versions'),
  })
  .strict();

export const MeetingSource = z
  .object({
    id: Id,
    date: MeetingDate,
    /** Local time of day, `HH:MM`, only when an article gives it. */
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM')
      .optional(),
    /** Part of the day when no clock time is given. */
    dayPart: z.enum(['morning', 'midday', 'afternoon', 'evening']).optional(),
    kind: MeetingKind,
    title: Text,
    place: Text.optional(),
    /** The people who met: the principals. */
    participants: z.array(Id).min(1),
    /** People the articles say sat in or attended alongside the principals. */
    attendees: z.array(Id).default([]),
    /** What was discussed or agreed, in the articles' terms. */
    summary: Text,
    sources: z.array(SourceRef).min(1, 'a meeting needs at least one source'),
    disagreements: z.array(Disagreement).default([]),
    /** Editor's note, e.g. why a date has month precision. */
    note: NonEmpty.optional(),
  })
  .strict();
export type MeetingSource = z.infer<typeof MeetingSource>;

export const AgreementSource = z
  .object({
    id: Id,
    date: MeetingDate,
    kind: AgreementKind,
    title: Text,
    parties: z.array(Id).min(2, 'an agreement needs at least two parties'),
    summary: Text,
    sources: z.array(SourceRef).min(1),
    disagreements: z.array(Disagreement).default([]),
    note: NonEmpty.optional(),
  })
  .strict();
export type AgreementSource = z.infer<typeof AgreementSource>;

/** data/people.yaml, data/organizations.yaml, data/meetings.yaml, data/agreements.yaml */
export const PeopleFile = z.object({ people: z.array(PersonSource) }).strict();
export const OrganizationsFile = z.object({ organizations: z.array(OrganizationSource) }).strict();
export const MeetingsFile = z.object({ meetings: z.array(MeetingSource) }).strict();
export const AgreementsFile = z.object({ agreements: z.array(AgreementSource) }).strict();
