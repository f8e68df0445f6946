// The draft an ingest writes to data/drafts/<article-id>.yaml, the editor's desk edits and --apply reads back after
// the editor's review. Its records are in the data files' own shapes (source.ts); around each, whether to accept
// it, why it was proposed and the sentences it rests on.
import { z } from './zod';
import { ArticleSource, Disagreement, MeetingSource, OrganizationSource, PersonSource } from './source';
import { Id, MeetingDate } from './common';

/** A sentence of the article a proposal rests on, at its line, with the words that were read as the meeting. */
const SentenceRef = z.strictObject({ line: z.int(), sentence: z.string(), cues: z.optional(z.array(z.string())) });

const Reviewed = {
  accept: z.boolean(),
  confidence: z.optional(z.number()),
  because: z.optional(z.array(z.string())),
  sentences: z.optional(z.array(SentenceRef)),
};

export const DraftPerson = z.strictObject({
  ...Reviewed,
  record: PersonSource,
  unchecked: z.optional(z.array(z.string())),
});
export const DraftOrganization = z.strictObject({
  ...Reviewed,
  record: OrganizationSource,
  unchecked: z.optional(z.array(z.string())),
});

export const DraftMeeting = z.strictObject({
  ...Reviewed,
  /** new: a meeting data/ does not have; add-source: this article reports one it has. */
  action: z.enum(['new', 'add-source']),
  record: z.optional(MeetingSource),
  meeting: z.optional(Id),
  /** add-source: the article's quotes. */
  quotes: z.optional(z.array(z.string())),
  /** add-source: who the article says took part; attendees the record lacks are added on --apply. */
  participants: z.optional(z.array(Id)),
  attendees: z.optional(z.array(Id)),
  /** add-source: the date the article gives. */
  date: z.optional(MeetingDate),
  /** add-source: the record has only the month; the article gives the day. */
  refineDate: z.optional(MeetingDate),
  /** add-source: facts this article reports differently from the sources already recorded. */
  disagreements: z.optional(z.array(Disagreement)),
});

/** Reported as planned or expected, or without a date: for the editor to know; never applied. */
export const DraftNote = z.strictObject({
  principals: z.array(z.string()),
  why: z.string(),
  matches: z.optional(Id),
  date: z.optional(z.string()),
  sentences: z.array(SentenceRef),
});

export const Draft = z.strictObject({
  draft: z.literal(1),
  article: z.strictObject({
    /** The page as saved, byte for byte, beside the draft; it becomes data/articles/<id>.txt. */
    text: z.string(),
    record: ArticleSource,
    questions: z.optional(z.array(z.string())),
  }),
  /** Lines judged not the article: from `line` to `to` (when more than one), with the first one's text. */
  notArticle: z.optional(
    z.array(z.strictObject({ line: z.int(), to: z.optional(z.int()), reason: z.string(), text: z.string() })),
  ),
  people: z.optional(z.array(DraftPerson)),
  organizations: z.optional(z.array(DraftOrganization)),
  meetings: z.optional(z.array(DraftMeeting)),
  planned: z.optional(z.array(DraftNote)),
  undated: z.optional(z.array(DraftNote)),
  ambiguous: z.optional(z.array(z.strictObject({ text: z.string(), candidates: z.array(z.string()), line: z.int() }))),
});
export type Draft = z.infer<typeof Draft>;
export type DraftMeeting = z.infer<typeof DraftMeeting>;
export type DraftPerson = z.infer<typeof DraftPerson>;
export type DraftOrganization = z.infer<typeof DraftOrganization>;
export type DraftNote = z.infer<typeof DraftNote>;
