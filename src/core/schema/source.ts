// The files people edit in data/: one schema, used by the compiler (and by tests) to validate them.
import { z } from './zod';
import {
  agreementFields,
  Id,
  meetingFields,
  Name,
  NameText,
  NonEmpty,
  OrganizationKind,
  QuoteText,
  Text,
} from './common';
import { Article } from './graph';

const list = <T extends z.core.SomeType>(item: T) => z._default(z.array(item), []);

/** data/articles/<id>.yaml — metadata beside the unchanged raw text in data/articles/<id>.txt */
export const ArticleSource = z.extend(Article, {
  /** Name of the seed file the raw text was copied from, for provenance. */
  seed: z.optional(NonEmpty),
});
export type ArticleSource = z.infer<typeof ArticleSource>;

export const Affiliation = z.strictObject({ org: Id, title: Text });

export const PersonSource = z.strictObject({
  id: Id,
  name: Name,
  aliases: list(NameText),
  affiliations: list(Affiliation),
});
export type PersonSource = z.infer<typeof PersonSource>;

export const OrganizationSource = z.strictObject({
  id: Id,
  name: Name,
  kind: OrganizationKind,
  aliases: list(NameText),
  /** The group an organisation belongs to (SK hynix → SK Group); people are coloured by it. */
  parent: z.optional(Id),
});
export type OrganizationSource = z.infer<typeof OrganizationSource>;

/** One article's report: one or more quotes that must appear verbatim in its text. */
export const SourceRef = z.strictObject({
  article: Id,
  quotes: z.array(QuoteText).check(z.minLength(1, 'give at least one verbatim quote')),
});

/** One version of a fact, as one article reports it. */
export const FactVersion = z.strictObject({ value: Text, article: Id, quote: QuoteText });

/** A fact of a meeting that articles report differently (duration, district, event name…). */
export const Disagreement = z.strictObject({
  field: Text,
  versions: z.array(FactVersion).check(z.minLength(2, 'a disagreement needs at least two versions')),
});

export const MeetingSource = z.strictObject({
  ...meetingFields,
  /** The people who met: the principals. */
  participants: z.array(Id).check(z.minLength(1, 'name at least one participant')),
  /** People the articles say sat in or attended alongside the principals. */
  attendees: list(Id),
  sources: z.array(SourceRef).check(z.minLength(1, 'a meeting needs at least one source')),
  disagreements: list(Disagreement),
});
export type MeetingSource = z.infer<typeof MeetingSource>;

export const AgreementSource = z.strictObject({
  ...agreementFields,
  sources: z.array(SourceRef).check(z.minLength(1, 'an agreement needs at least one source')),
  disagreements: list(Disagreement),
});
export type AgreementSource = z.infer<typeof AgreementSource>;

/** data/people.yaml, data/organizations.yaml, data/meetings.yaml, data/agreements.yaml */
export const PeopleFile = z.strictObject({ people: z.array(PersonSource) });
export const OrganizationsFile = z.strictObject({ organizations: z.array(OrganizationSource) });
export const MeetingsFile = z.strictObject({ meetings: z.array(MeetingSource) });
export const AgreementsFile = z.strictObject({ agreements: z.array(AgreementSource) });
