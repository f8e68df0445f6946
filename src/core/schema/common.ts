import { z } from 'zod';
import { isPartialDate, parsePartialDate } from './dates';

/** Stable, readable ids used in URLs: lowercase ascii words joined by hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens (e.g. "chey-tae-won")');

export const DayDate = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isPartialDate(v), {
  error: (iss) => {
    const reason = typeof iss.input === 'string' ? parsePartialDate(iss.input) : 'not a string';
    return typeof reason === 'string'
      ? `${reason}; a full day YYYY-MM-DD is required`
      : 'a full day YYYY-MM-DD is required';
  },
});

/** `YYYY-MM-DD`, or `YYYY-MM` when the articles give only the month. */
export const MeetingDate = z.string().refine((v) => isPartialDate(v), {
  error: (iss) => {
    const reason = typeof iss.input === 'string' ? parsePartialDate(iss.input) : 'not a string';
    return typeof reason === 'string' ? reason : 'invalid date';
  },
});

export const NonEmpty = z.string().trim().min(1, 'must not be empty');

/** A name or phrase in Korean, with English where an editor has given it. */
export const Text = z.object({ ko: NonEmpty, en: NonEmpty.optional() }).strict();

/** Korean and English name, both required: names are shown in the reader's chosen language. */
export const Name = z.object({ ko: NonEmpty, en: NonEmpty }).strict();

export const MeetingKind = z.enum(['meeting', 'lunch', 'dinner', 'press-conference', 'workshop', 'summit', 'audience']);
export type MeetingKind = z.infer<typeof MeetingKind>;

export const AgreementKind = z.enum(['MOU', 'LOI', 'partnership']);
export type AgreementKind = z.infer<typeof AgreementKind>;

export const OrganizationKind = z.enum(['company', 'group', 'government', 'investor', 'other']);
export type OrganizationKind = z.infer<typeof OrganizationKind>;
