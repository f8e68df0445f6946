// The shapes the readers of one clause share (pipeline/events.ts builds them, one reader per kind of report).
import type { Token } from '../../korean/tokens';
import type { ClauseReading } from '../clauses';
import type { ClauseDates } from '../clauseDates';
import type { MeetingEvent, Mention, Sentence } from '../../pipeline/types';

/** One clause of a sentence, read: its words, people, roles and dates. */
export interface Clause {
  s: Sentence;
  /** The sentence's tokens, those of quoted speech marked. */
  tokens: Token[];
  /** The clause's own tokens outside quotes, their text, and the index of its last token in `tokens`. */
  said: Token[];
  text: string;
  end: number;
  r: ClauseReading;
  /** The sentence's mentions, and the clause's own (outside quotes and quoted titles). */
  mentions: Mention[];
  here: Mention[];
  /** The people the clause names, and those it leaves out ("신동빈 회장을 제외한 총수들"). */
  named: string[];
  excluded: string[];
  subjects: string[];
  partners: string[];
  companions: string[];
  resolved: ClauseDates['resolved'];
  dateOf: ClauseDates['dateOf'];
  /** What every event the clause reports shares: its sentence, time, place and tense. */
  base: Pick<
    MeetingEvent,
    'sentence' | 'attendees' | 'time' | 'dayPart' | 'place' | 'separately' | 'tense' | 'tenseCue'
  >;
  /** The events the sentence's clauses before this one reported. */
  before: MeetingEvent[];
}

/** Who a clause's act is by. */
export interface Actors {
  /** The clause's subject, or the one carried over from before, or the group a photo showed. */
  who: string[];
  /** The group a photo showed, where the clause names it only as a group ("4대 그룹 총수는"). */
  pictured?: string[];
  /** The clause's subject is an organisation ("앞서 전경련은 …"). */
  byOrganisation: boolean;
  /** The clause tells on the meeting just reported, said of someone at it. */
  continues: boolean;
}
