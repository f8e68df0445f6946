// zod/mini keeps the app's first download small; the same schemas validate the sources in the compiler.
import { z } from './zod';
import { CONTROL_CHARACTERS, controlCharacterAt } from './characters';
import { isPartialDate, parsePartialDate } from './dates';

/** The longest id: a link carries at most this many characters per value, and ids name files and pages. */
export const MAX_ID_LENGTH = 200;

/** Stable, readable ids used in URLs: lowercase ascii words joined by hyphens. */
export const Id = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens (e.g. "chey-tae-won")'),
    z.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters long (links and file names carry it)`),
  );

function dateReason(input: unknown, suffix = ''): string {
  const reason = typeof input === 'string' ? parsePartialDate(input) : 'not a string';
  return (typeof reason === 'string' ? reason : 'invalid date') + suffix;
}

export const DayDate = z.string().check(
  z.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isPartialDate(v), {
    error: (iss) =>
      typeof iss.input === 'string' && isPartialDate(iss.input)
        ? `"${iss.input}" gives only a month; a full day YYYY-MM-DD is required`
        : dateReason(iss.input, '; a full day YYYY-MM-DD is required'),
  }),
);

/** `YYYY-MM-DD`, or `YYYY-MM` when the articles give only the month. */
export const MeetingDate = z
  .string()
  .check(z.refine((v) => isPartialDate(v), { error: (iss) => dateReason(iss.input) }));

const noControl = z.refine((v: unknown) => !CONTROL_CHARACTERS.test(String(v)), {
  error: (iss) =>
    `contains a control character (${controlCharacterAt(String(iss.input))}): remove it (it is invisible, and breaks XML exports)`,
});

export const NonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), noControl);

/** The two languages of the data and of the interface. */
export type Lang = 'ko' | 'en';

/** A name or phrase in Korean, with English where an editor has given it. */
export const Text = z.strictObject({ ko: NonEmpty, en: z.optional(NonEmpty) });
/** Text in the two languages of the data: the one type for it, in the app and in the tools. */
export type Bilingual = z.infer<typeof Text>;
/** Both languages given, as a card or a label prints them. */
export type BothLanguages = Required<Bilingual>;

const VISIBLE = /[\p{L}\p{N}]/u;
/** Bidirectional controls: one in a name would reverse the text after it wherever the name is shown. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A name as readers see it: some letters or digits, and no bidirectional controls. */
export const NameText = NonEmpty.check(
  z.refine((v) => VISIBLE.test(v), 'has no letters or digits (only spaces, punctuation or invisible characters)'),
  z.refine(
    (v) => !BIDI_CONTROLS.test(v),
    'contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F or U+061C): remove it',
  ),
);

/** A quote is words of the article: at least one letter or digit. */
export const QuoteText = NonEmpty.check(
  z.refine((v) => VISIBLE.test(v), 'has no letters or digits: quote the words of the article'),
);

/** Korean and English name, both required: names are shown in the reader's chosen language. */
export const Name = z.strictObject({ ko: NameText, en: NameText });

export const MeetingKind = z.enum(['meeting', 'lunch', 'dinner', 'press-conference', 'workshop', 'summit', 'audience']);
export type MeetingKind = z.infer<typeof MeetingKind>;

export const AgreementKind = z.enum(['MOU', 'LOI', 'partnership']);
export type AgreementKind = z.infer<typeof AgreementKind>;

export const OrganizationKind = z.enum(['company', 'group', 'government', 'investor', 'other']);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

export const DayPart = z.enum(['morning', 'midday', 'afternoon', 'evening']);

export const Time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM'));

/** What a meeting is, alike in data/meetings.yaml and in graph.json (who took part and the sources differ). */
export const meetingFields = {
  id: Id,
  date: MeetingDate,
  /** Local time of day, `HH:MM`, only when an article gives it. */
  time: z.optional(Time),
  /** Part of the day when no clock time is given. */
  dayPart: z.optional(DayPart),
  kind: MeetingKind,
  title: Text,
  place: z.optional(Text),
  /** What was discussed or agreed, in the articles' terms. */
  summary: Text,
  /** Editor's note, e.g. why a date has month precision. */
  note: z.optional(NonEmpty),
};

/** What an agreement is, alike in data/agreements.yaml and in graph.json (the sources differ). */
export const agreementFields = {
  id: Id,
  date: MeetingDate,
  kind: AgreementKind,
  title: Text,
  parties: z.array(Id).check(z.minLength(2, 'an agreement needs at least two parties')),
  summary: Text,
  note: z.optional(NonEmpty),
};
