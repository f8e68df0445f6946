// Those who sat in: a clause that lists people at a meeting already reported ("이 자리에는 … 배석했다", "현대차
// 측에서는 A를 비롯해 B, C 등이 나와 맞았다"), and which meeting they were at.
import {
  ALONGSIDE,
  ATTEND_CUE,
  ATTENDED_OCCASION,
  EARLIER,
  STAFF_POST,
  MEETING_NOUN,
  SAME_OCCASION,
  SIDE_OPENER,
  SIDE_OCCASION,
  SIDE_VERB,
  TOPIC_OCCASION,
} from '../korean/lexicon';
import { dateStartDay, dayToIso } from '../../../core/schema/dates';
import type { Token } from '../korean/tokens';
import type { ClauseReading } from './clauses';
import type { EventContext, MeetingEvent, Mention } from '../pipeline/types';

export interface Attendance {
  of: MeetingEvent;
  attendees: string[];
  cue: string;
  /** They came with a principal of the meeting (a side's list): never its guests. */
  entourage: boolean;
  /** Printed with a staff post, not a head's ("이승철 전경련 상근부회장", "추경호 국무조정실장"). */
  staff: string[];
}

/**
 * The meeting a clause's people sat in on: the last one reported, or where the clause names its day ("이날") and
 * the last one is of another day, the last one of that day; of those, one a principal named in the clause was at.
 */
function meetingOf(
  ctx: EventContext,
  day: string | undefined,
  named: string[],
  occasion: string | undefined,
  at: number,
): MeetingEvent | undefined {
  if (!ctx.last) return undefined;
  // "간담회에는 …": the last meeting told in that word, where the last one is told in another ("차담").
  const told = occasion ? [...ctx.meetings].reverse().find((e) => e.cues.some((c) => c.includes(occasion))) : undefined;
  const last = told ?? ctx.last;
  const dateOf = (e: MeetingEvent) => (e.date && 'date' in e.date ? e.date.date : undefined);
  const that = day && dateOf(last) !== day ? ctx.meetings.filter((e) => dateOf(e) === day) : [last];
  // "지난해 7월 … 결혼식에 참석했었다": a clause of long before sat in on no meeting reported of the news.
  const lastDay = dateOf(last);
  const longBefore = (d: string) => d < weekBefore(ctx.published).slice(0, d.length);
  // Only a month or a year: a day the text names may be the story's own, misread.
  if (day && day.length < 10 && !that.length && lastDay && longBefore(day) && !longBefore(lastDay)) return undefined;
  // "이날 자리에는 …" after a meeting told as once before ("만난 바 있다"): the day's meeting, the last one dated.
  const lastDated = [...ctx.meetings].reverse().find((e) => dateOf(e) !== undefined);
  const pool = that.length ? that : day && !dateOf(last) && lastDated ? [lastDated] : [last];
  const of = [...pool].reverse().find((e) => e.principals.some((p) => named.includes(p))) ?? pool[pool.length - 1];
  // An undated list several sentences after a meeting recalled from weeks before is of the news, not of that one.
  const recalled = (dateOf(of) ?? '9999') < weekBefore(ctx.published).slice(0, (dateOf(of) ?? '').length);
  return !day && recalled && at - of.sentence.i > 2 ? undefined : of;
}

const weekBefore = (published: string) => dayToIso(dateStartDay(published) - 7);

/** The people of a clause who sat in on a meeting already reported, or null when it reports no such thing. */
export function attendance(
  text: string,
  here: Mention[],
  tokens: Token[],
  named: string[],
  r: ClauseReading,
  ctx: EventContext,
  day: string | undefined,
  at: number,
): Attendance | null {
  // Who was at something earlier ("결혼식에는 당시 … 참석하기도 했다") sat in on no meeting of the news.
  if (EARLIER.test(text)) return null;
  // "A는 B가 주관한 만찬에 참석했다": the guest met the host, at a meal of the host's own.
  const hosted = tokens.findIndex(
    (t, k) => /^(주관|주최|마련|베푼)/.test(t.text) && MEETING_NOUN.test(tokens[k + 1]?.stem ?? ''),
  );
  if (hosted > 0 && here.some((m) => m.kind === 'person' && /^(이|가)$/.test(m.particle) && m.last < hosted))
    return null;
  // A side's list ("현대차 측에서는 …", "A를 비롯해 B, C 등이") that names a principal of the meeting is that
  // principal's party: they sat in, whatever the meeting's words in the clause ("나와 … 맞았다", "찾았다").
  const side = SIDE_OPENER.test(text);
  const along = here.some((m) => ALONGSIDE.test(tokens[m.last + 1]?.text ?? ''));
  // "…은 A, B, C 의원이다": who the group just met was.
  const listed = !!ctx.last?.group && named.length >= 2 && /(이다|입니다)\.?$/.test(text.trim());
  // "A 회장은 이 자리에서 … 소개했다", after a meeting with a group ("총수 10여명과의 만남"): A was of the group.
  const spoke = !!ctx.last?.group && named.length >= 1 && /(^|\s)(이|그) 자리에서\s/.test(text);
  const attends = r.attend || listed || spoke || ((side || along) && SIDE_VERB.test(text));
  // "오찬은 A, B가 동석한 가운데 진행됐다": the meeting as the clause's topic names it too.
  // "오찬에 참석한 기업인은 A, B, C이다": who attended the meeting told, named as its guests.
  const occasion =
    SAME_OCCASION.exec(text) ?? TOPIC_OCCASION.exec(text) ?? ATTENDED_OCCASION.exec(text) ?? SIDE_OCCASION.exec(text);
  const of = attends ? meetingOf(ctx, day, named, occasion?.[1], at) : undefined;
  if (!of) return null;
  // "A 대통령과 B 왕세자와의 공식 오찬에 기업인들도 동석해": the clause names the meeting's own principals; it is
  // the last one reported only if that one was theirs.
  const hostsEnd = tokens.findIndex(
    (t, k) => /(과|와)의$/.test(t.text) && tokens.slice(k + 1, k + 3).some((n) => MEETING_NOUN.test(n.stem)),
  );
  const hosts = here.filter((m) => m.kind === 'person' && m.last <= hostsEnd).map((m) => m.id);
  if (hosts.length >= 2 && !hosts.every((id) => of.principals.includes(id))) return null;
  // "간담회에는 이 대표와 A, B 등이": a list that starts from the host is the host's party too.
  // Not two side by side ("문 대통령과 B 총리가 나란히 참석했다"): both took part.
  const withHost =
    !/나란히/.test(text) && here.some((m) => of.principals.includes(m.id) && /^(과|와)$/.test(m.particle));
  // A group met ("총수들과 … 먹었다"), then listed ("총수들은 A를 비롯해 B, C 등이다"): the list is the group.
  // Only a list that starts from a principal ("이 회장을 비롯해 A, B"): one that starts from a guest ("A 대사를
  // 비롯한 24개국 대사, 손 회장 등이 참석했다") names everyone who came.
  const alongPrincipal = here.some(
    (m) => ALONGSIDE.test(tokens[m.last + 1]?.text ?? '') && of.principals.includes(m.id),
  );
  // "이날 접견에 사우디 측에서는 …": each side's people at a meeting of two sides named came with their principal,
  // even where one side is a delegation ("A 총재를 단장으로 한 사절단을 접견했다").
  const entourage =
    (!of.group && (side || alongPrincipal || withHost) && named.some((id) => of.principals.includes(id))) ||
    (SIDE_OCCASION.test(text) && of.principals.length >= 2);
  if (!(occasion || entourage || (!r.cue && !r.eventKind))) return null;
  // "A의 부인 B": A is whose, not who sat in.
  const whose = here.filter((m) => m.particle === '의' && !here.some((o) => o !== m && o.id === m.id)).map((m) => m.id);
  const attendees = named.filter((id) => !of.principals.includes(id) && !whose.includes(id));
  if (attendees.length === 0) return null;
  const cue = (text.match(ATTEND_CUE) ?? text.match(SIDE_VERB))?.[0] ?? 'listed';
  // At a ceremony or a conference ("이날 행사에는 …"), all who took part met, whatever their post.
  // Executives of a principal's own business group ("이 회장 … 만찬에는 삼성SDI 사장 등이 참석했다") came with them.
  const principalsGroups = new Set(of.principals.flatMap((p) => ctx.groupsOf(p)));
  const staff = attendees.filter((id) => {
    if (/행사|회의|모임|인사회|라운드/.test(occasion?.[1] ?? '')) return false;
    if (!of.group && ctx.groupsOf(id).some((g) => principalsGroups.has(g))) return true;
    const titles = here.filter((m) => m.id === id && m.title).map((m) => m.title!.replace(/\s/g, ''));
    return titles.length > 0 && titles.every((t) => STAFF_POST.test(t));
  });
  return { of, attendees, cue, entourage, staff };
}
