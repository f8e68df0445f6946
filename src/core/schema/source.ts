// The files people edit in data/: one schema, used by the compiler (and by tests) to validate them.
import { z } from './zod';
import {
  AgreementKind,
  DayDate,
  DayPart,
  Id,
  MeetingDate,
  MeetingKind,
  Name,
  NonEmpty,
  OrganizationKind,
  Text,
} from './common';

const list = <T extends z.core.SomeType>(item: T) => z._default(z.array(item), []);

/** data/articles/<id>.yaml — metadata beside the unchanged raw text in data/articles/<id>.txt */
export const ArticleSource = z.strictObject({
  id: Id,
  outlet: Name,
  title: NonEmpty,
  author: z.optional(NonEmpty),
  published: DayDate,
  /** How `published` was established when the page prints no date of its own. */
  publishedNote: z.optional(NonEmpty),
  language: z.enum(['ko', 'en']),
  url: z.optional(z.url()),
  /** How outlet, title or author were established when the page does not print them plainly. */
  note: z.optional(NonEmpty),
  /** Name of the seed file the raw text was copied from, for provenance. */
  seed: z.optional(NonEmpty),
});
export type ArticleSource = z.infer<typeof ArticleSource>;

export const Affiliation = z.strictObject({ org: Id, title: Text });

export const PersonSource = z.strictObject({
  id: Id,
  name: Name,
  aliases: list(NonEmpty),
  affiliations: list(Affiliation),
});
export type PersonSource = z.infer<typeof PersonSource>;

export const OrganizationSource = z.strictObject({
  id: Id,
  name: Name,
  kind: OrganizationKind,
  aliases: list(NonEmpty),
  /** The group an organisation belongs to (SK hynix → SK Group); people are coloured by it. */
  parent: z.optional(Id),
});
export type OrganizationSource = z.infer<typeof OrganizationSource>;

/** One article's report: one or more quotes that must appear verbatim in its text. */
export const SourceRef = z.strictObject({
  article: Id,
  quotes: z.array(NonEmpty).check(z.minLength(1, 'give at least one verbatim quote')),
});

/** One version of a fact, as one article reports it. */
export const FactVersion = z.strictObject({ value: Text, article: Id, quote: NonEmpty });

/** A fact of a meeting that articles report differently (duration, district, event name…). */
export const Disagreement = z.strictObject({
  field: Text,
  versions: z.array(FactVersion).check(z.minLength(2, 'a disagreement needs at least two versions')),
});

export const MeetingSource = z.strictObject({
  id: Id,
  date: MeetingDate,
  /** Local time of day, `HH:MM`, only when an article gives it. */
  time: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM'))),
  /** Part of the day when no clock time is given. */
  dayPart: z.optional(DayPart),
  kind: MeetingKind,
  title: Text,
  place: z.optional(Text),
  /** The people who met: the principals. */
  participants: z.array(Id).check(z.minLength(1, 'name at least one participant')),
  /** People the articles say sat in or attended alongside the principals. */
  attendees: list(Id),
  /** What was discussed or agreed, in the articles' terms. */
  summary: Text,
  sources: z.array(SourceRef).check(z.minLength(1, 'a meeting needs at least one source')),
  disagreements: list(Disagreement),
  /** Editor's note, e.g. why a date has month precision. */
  note: z.optional(NonEmpty),
});
export type MeetingSource = z.infer<typeof MeetingSource>;

export const AgreementSource = z.strictObject({
  id: Id,
  date: MeetingDate,
  kind: AgreementKind,
  title: Text,
  parties: z.array(Id).check(z.minLength(2, 'an agreement needs at least two parties')),
  summary: Text,
  sources: z.array(SourceRef).check(z.minLength(1, 'an agreement needs at least one source')),
  disagreements: list(Disagreement),
  note: z.optional(NonEmpty),
});
export type AgreementSource = z.infer<typeof AgreementSource>;

/** data/people.yaml, data/organizations.yaml, data/meetings.yaml, data/agreements.yaml */
export const PeopleFile = z.strictObject({ people: z.array(PersonSource) });
export const OrganizationsFile = z.strictObject({ organizations: z.array(OrganizationSource) });
export const MeetingsFile = z.strictObject({ meetings: z.array(MeetingSource) });
export const AgreementsFile = z.strictObject({ agreements: z.array(AgreementSource) });
