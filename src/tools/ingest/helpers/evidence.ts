// What a proposal rests on, each a yes or no a reader of the draft can check in its sentences: the features the
// calibration (helpers/fitted.ts, fitted by `npm run ingest:calibrate` on the corpus's development half)
// weighs into the confidence.
import { dateStartDay, dayToIso } from '../../../core/schema/dates';
import { ANNOUNCED, HEARSAY, LIGHT_VERB_CHAIN, MEETING_VERB } from '../korean/lexicon';
import { undated } from './sameMeeting';
import type { Gathered, Known, Match, MeetingEvent } from '../pipeline/types';

export const EVIDENCE = {
  body: 'reported in the body',
  retold: 'reported in more than one sentence',
  meetingWord: 'named by a word for people meeting (회동, 면담, 만찬…), not only an event',
  meetingVerb: 'said done by a verb of meeting (만났다, 가졌다, 회동했다…)',
  photoOnly: "said done only by a photo's present (…하고 있다)",
  hearsay: 'said done only at second hand (…것으로, …했다고)',
  datedOnly: 'said done only by a past date',
  dated: 'dated by its sentences',
  sameDay: 'on the day the article reports, or the day before',
  recall: 'more than a week before the article',
  monthOnly: 'dated to the month only',
  recorded: 'recorded in data/ from another source',
  newPerson: 'a principal data/ does not know',
  crowd: 'four principals or more',
  headline: 'reported by the headline too',
  alsoPlanned: 'the article also gives a meeting of the same people as planned',
  planHeavy: 'the article tells more meetings as planned than as done',
} as const;

export type Feature = keyof typeof EVIDENCE;

/**
 * Which way each piece of evidence may move the confidence: up (+1), down (-1), or either (0) where its meaning
 * does not say. The fit keeps each weight on its side, so that a reason the draft gives reads as what it means.
 */
export const LEANS: Record<Feature, 1 | -1 | 0> = {
  body: 1,
  retold: 1,
  meetingWord: 1,
  meetingVerb: 1,
  photoOnly: 0,
  hearsay: -1,
  datedOnly: -1,
  dated: 1,
  sameDay: 1,
  recall: 0,
  monthOnly: 0,
  recorded: 1,
  newPerson: 0,
  crowd: 0,
  headline: 1,
  alsoPlanned: -1,
  planHeavy: -1,
};
export type Evidence = Record<Feature, 0 | 1>;

const bit = (b: boolean): 0 | 1 => (b ? 1 : 0);
const addDays = (iso: string, n: number) => dayToIso(dateStartDay(iso) + n);

/** What the whole article says, against which each proposal is weighed. */
export interface ArticleReading {
  published: string;
  known: Known;
  /** Every report the article makes, planned ones included. */
  reported: MeetingEvent[];
}

/** The evidence of one gathered meeting, read against the publication day and what data/ knows. */
export function evidenceOf(g: Gathered, match: Match | null, { published, known, reported }: ArticleReading): Evidence {
  const planned = reported.filter((e) => e.tense === 'planned' && e.principals.length > 0);
  const done = reported.filter((e) => e.tense === 'happened' && e.principals.length > 0);
  const said = g.tenseCues.filter((t) => t !== 'no verb in the past tense' && t !== 'planned');
  const announced = g.sentences.some((s) => ANNOUNCED.test(s.text));
  const secondHand = (t: string) => HEARSAY.test(t) && !(announced && /다고$/.test(t));
  const direct = said.filter((t) => !/^dated /.test(t) && !secondHand(t));
  const day = g.date.date;
  const weekBefore = addDays(published, -7);
  return {
    body: bit(g.sentences.some((s) => s.role === 'body')),
    retold: bit(g.sentences.length > 1),
    meetingWord: bit(
      /회동|면담|회담|오찬|만찬|조찬|접견|예방|만나|만났|만남|만난|환담|차담|독대|식사/.test(g.cues.join(' ')),
    ),
    // "만나 … 논의했다": a chain's last verb carries the tense of the meeting verb that opens it.
    // So does a meeting noun with its light verb ("정상회담을 하고 … 논의했다", "오찬을 가진 뒤 …").
    meetingVerb: bit(
      direct.some((t) => MEETING_VERB.test(t)) ||
        (g.happened &&
          direct.length > 0 &&
          (g.cues.some((c) => /^(만나|만났|만난|회동하|면담하|회담하|접견하|조우하)/.test(c)) ||
            g.sentences.some((s) => LIGHT_VERB_CHAIN.test(s.text)))),
    ),
    photoOnly: bit(said.length > 0 && said.every((t) => /고 있/.test(t))),
    hearsay: bit(said.length > 0 && said.every(secondHand)),
    datedOnly: bit(said.length > 0 && said.every((t) => /^dated /.test(t))),
    dated: bit(!undated(g.date)),
    sameDay: bit(g.date.precision === 'day' && (day === published || day === addDays(published, -1))),
    recall: bit(g.date.precision === 'day' ? day < weekBefore : day < published.slice(0, 7)),
    monthOnly: bit(g.date.precision === 'month'),
    recorded: bit(!!match),
    newPerson: bit(g.principals.some((id) => !known.entities.has(id))),
    crowd: bit(g.principals.length >= 4),
    headline: bit(g.sentences.some((s) => s.role === 'headline')),
    alsoPlanned: bit(planned.some((e) => e.principals.filter((p) => g.principals.includes(p)).length >= 2)),
    planHeavy: bit(planned.length > done.length),
  };
}
