// One meeting told with different dates in one article: the caption's "27일" and the body's "지난달 28일", the
// month of a caption and the day of the body, a sentence with no date of its own beside one with a date. The same
// people within a few days, in one article, are one meeting; it takes the date the body states.
import { dateStartDay } from '../../../core/schema/dates';
import { EVENT_KINDS } from '../korean/lexicon';
import type { Gathered, ResolvedDate } from '../pipeline/types';

/** A date the clause does not state: the publication day, or the story's day an earlier sentence named. */
export const undated = (d: ResolvedDate) => d.cue.startsWith('(');
/** Days apart that one meeting's reports may disagree by (a caption's day against the body's, time zones). */
const NEAR = 3;

/** A report the text sets apart from others of its people ("별도로", "단독", "일대일"). */
const setApart = (g: Gathered) => !!g.apart || g.sentences.some((s) => /별도|따로|단독|개별|일대일|독대/.test(s.text));

/** The same people, in any order. */
export const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** How firmly a report states its date: in the body, with a day, of its own; a day in the place's own time ("10일
 * (현지시간)") over a day in Korea's for a meeting abroad. */
function firmness(g: Gathered): number {
  const inBody = !undated(g.date) && g.sentences.some((s) => s.role === 'body' && s.text.includes(g.date.cue));
  const local =
    !undated(g.date) &&
    g.sentences.some((s) =>
      new RegExp(`${g.date.cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s?\\(현지\\s?시[간각]\\)`).test(s.text),
    );
  return (
    (undated(g.date) ? (g.date.cue.startsWith("(the story's") ? 2 : 0) : 4) +
    (inBody ? 2 : 0) +
    (local ? 3 : 0) +
    (g.date.precision === 'day' ? 1 : 0) +
    g.sentences.filter((s) => s.role === 'body').length / 100
  );
}

/** Whether two reports of the same people can be one meeting by their dates. */
function sameTime(a: Gathered, b: Gathered): boolean {
  // A report without a date of its own is on the article's (or the story's) day: near it, not a recalled one.
  if (a.date.precision === 'month' || b.date.precision === 'month')
    return a.date.date.slice(0, 7) === b.date.date.slice(0, 7);
  // A lead without a date ("A가 B와 만났다") and its detail ("지난 5일 … 면담을 가졌다") are one news item: a week.
  const near = undated(a.date) || undated(b.date) ? 7 : NEAR;
  return Math.abs(dateStartDay(a.date.date) - dateStartDay(b.date.date)) <= near;
}

/** Another report's sentences and those who sat in, added to a meeting's. */
export function joinReport(into: Gathered, g: Gathered): void {
  for (const s of g.sentences) if (!into.sentences.includes(s)) into.sentences.push(s);
  for (const a of g.attendees) if (!into.attendees.includes(a) && !into.principals.includes(a)) into.attendees.push(a);
}

function absorb(into: Gathered, g: Gathered): void {
  joinReport(into, g);
  for (const c of g.cues) if (!into.cues.includes(c)) into.cues.push(c);
  for (const t of g.tenseCues) if (!into.tenseCues.includes(t)) into.tenseCues.push(t);
  into.happened ||= g.happened;
  into.place ??= g.place;
  into.time ??= g.time;
}

/** On the same day, or on a day of the month the gathering is told in; or, told with no day of its own ("A가 B와
 * 만나 … 논의했다"), of a gathering in the week before the news that it names in part. */
const sameDay = (o: Gathered, g: Gathered) =>
  g.date.precision === 'day' &&
  (o.date.precision === 'day'
    ? o.date.date === g.date.date ||
      (undated(g.date) && !undated(o.date) && within(dateStartDay(g.date.date) - dateStartDay(o.date.date), 7))
    : o.date.precision === 'month' && g.date.date.startsWith(o.date.date));
const within = (days: number, most: number) => days >= 0 && days <= most;

/** Most of a smaller group's people (two in three), where both are groups of three or more: one gathering told twice
 * (a caption names guests the body's list missed). */
const mostOf = (g: Gathered, o: Gathered) =>
  g.principals.length >= 3 &&
  g.principals.filter((p) => o.principals.includes(p)).length * 3 >= g.principals.length * 2;

/**
 * Some of a gathering's people told meeting on its day ("조 회장과 이 회장이 순차적으로 도착해 아키오 회장과 대화를
 * 나눴다" after the four of them are reported together): the gathering, unless the text sets it apart ("별도로").
 */
export function oneMeetingPerGathering(meetings: Gathered[]): Gathered[] {
  const gone = new Set<Gathered>();
  return meetings.filter((g) => {
    // One person at an event that day is the event, told apart (see oneMeetingPerEvent).
    if (setApart(g) || g.principals.length < 2) return true;
    const into = meetings
      .filter(
        (o) =>
          o !== g &&
          !gone.has(o) &&
          o.principals.length >= g.principals.length &&
          sameDay(o, g) &&
          (g.principals.every((p) => o.principals.includes(p)) || mostOf(g, o)),
      )
      .sort((a, b) => b.principals.length - a.principals.length)[0];
    if (!into) return true;
    gone.add(g);
    // "지난달 … 회동한 것으로" told with its day in the next sentence ("지난달 31일 … 만났다"): the day. Of two days,
    // the firmer (one the body tells, over the story's).
    if (into.date.precision === 'month' || firmness(g) > firmness(into)) into.date = g.date;
    for (const p of g.principals) if (!into.principals.includes(p)) into.principals.push(p);
    // Those a report says sat in ("이번 면담에는 C가 동석했다") sat in, though a photo shows them beside the others.
    const satIn = g.attendees.filter((a) => into.principals.includes(a));
    if (into.principals.length - satIn.length >= 2) into.principals = into.principals.filter((p) => !satIn.includes(p));
    into.attendees = into.attendees.filter((a) => !into.principals.includes(a));
    absorb(into, g);
    return false;
  });
}

const squash = (s: string) => s.replace(/\s/g, '');

/**
 * Reports told at an event the article names ("라운드테이블에서 … 악수하고 있다", a caption of guests "…라운드
 * 테이블에 참석해"), on its day, are of that event: its people, not meetings of their own.
 */
export function oneMeetingPerEvent(meetings: Gathered[]): Gathered[] {
  // The event told with most people takes in the others (a caption of some of its guests is of it too).
  const events = meetings
    .filter((g) => EVENT_KINDS.includes(g.kind) && g.principals.length >= 2)
    .sort((a, b) => b.principals.length - a.principals.length);
  const gone = new Set<Gathered>();
  return meetings.filter((g) => {
    const at = events.filter(
      (e) =>
        e !== g &&
        !gone.has(e) &&
        events.indexOf(e) < (events.includes(g) ? events.indexOf(g) : events.length) &&
        e.date.date === g.date.date &&
        g.sentences.every((s) => e.cues.some((c) => squash(s.text).includes(squash(c)))),
    );
    if (at.length === 0) return true;
    gone.add(g);
    for (const p of g.principals) if (!at[0].principals.includes(p)) at[0].principals.push(p);
    at[0].attendees = at[0].attendees.filter((a) => !at[0].principals.includes(a));
    absorb(at[0], g);
    return false;
  });
}

/** Reports of one sentence that the archive records as one meeting ("A는 B, C를 만나": B's and C's told apart),
 * folded into the first with everyone's people: one telling adds itself to a recorded meeting once. Reports told in
 * sentences of their own stay apart (one visitor's meetings in turn). `recordedAs` is the meeting of data/ each
 * report is, if any. */
export function onePerRecorded(meetings: Gathered[], recordedAs: (g: Gathered) => string | undefined): Gathered[] {
  const kept: Gathered[] = [];
  return meetings.filter((g) => {
    const id = recordedAs(g);
    // Not meetings the sentence sets apart ("기업인 4명과 각각 25분씩 미팅").
    const apart = (o: Gathered) => setApart(o) || o.sentences.some((s) => /각각/.test(s.text));
    const into = id
      ? kept.find(
          (o) => recordedAs(o) === id && o.sentences.some((s) => g.sentences.includes(s)) && !apart(o) && !apart(g),
        )
      : undefined;
    if (!into) {
      kept.push(g);
      return true;
    }
    for (const p of g.principals) if (!into.principals.includes(p)) into.principals.push(p);
    into.attendees = into.attendees.filter((a) => !into.principals.includes(a));
    absorb(into, g);
    return false;
  });
}

/** The reports of one meeting under different dates, folded into the one whose date is firmest. */
export function oneDatePerMeeting(meetings: Gathered[]): Gathered[] {
  const out = [...meetings].sort((a, b) => firmness(b) - firmness(a));
  for (let k = out.length - 1; k >= 0; k--) {
    const g = out[k];
    const into = out.slice(0, k).filter((o) => sameSet(o.principals, g.principals) && sameTime(o, g));
    // Where two firmer reports could each be it, it stays apart: which one it is, the editor decides.
    if (into.length !== 1) continue;
    absorb(into[0], g);
    out.splice(k, 1);
  }
  return meetings.filter((g) => out.includes(g));
}
