// Clauses that list people at a meeting rather than report one: a photo's people, a gathering's sides, those who
// sat in on the meeting reported.
import {
  EARLIER,
  AT_THAT_GATHERING,
  GATHERING_ADDRESS,
  OCCASION,
  PICTURED,
  PLANNED_CUE,
  SAT_IN_LIST,
  SIDE_OPENER,
  THIS_OCCASION,
} from '../../korean/lexicon';
import { attendance } from '../attendance';
import { uniq } from './attended';
import { undated } from '../sameMeeting';
import type { EventContext, MeetingEvent } from '../../pipeline/types';
import type { Clause } from './types';

/** A clause that opens on the gathering it speaks of ("이날 신년인사회에는 …", "29일 서울 A에서 열린 간담회에는"). */
const OCCASION_FIRST = new RegExp(
  `^(?:(?:이날|이번|오늘)\\s)?(?:[^,]{0,40}?(?:열린|개최된)\\s)?[가-힣0-9]*?${OCCASION.source}`,
);

/**
 * Those a photo of a meeting shows ("왼쪽부터 A, B, C"). A photo's people name the group of a meeting with a group;
 * which meeting is settled once all are read (the caption may come before the report), in proposals.ts.
 */
export function picturedList(c: Clause, ctx: EventContext): MeetingEvent | undefined {
  if (!PICTURED.test(c.s.text) || c.named.length < 2) return undefined;
  ctx.pictured = c.named;
  return {
    ...c.base,
    principals: [],
    lead: 0,
    attendees: c.named,
    date: c.dateOf(c.resolved[0]),
    kind: 'meeting',
    cues: ['pictured'],
    tense: 'happened' as const,
    pictured: true,
  };
}

/**
 * "간담회가 … 개최됐다. 남측에선 A, B 등이 … 참석했고": a gathering named before anyone, then its sides' lists. Or
 * named by the list itself, before any meeting is reported ("이날 신년인사회에는 A를 비롯한 … 참석했다").
 */
export function gatheringList(c: Clause, ctx: EventContext): MeetingEvent[] | undefined {
  const { text, r, named, base } = c;
  // A gathering's lists of sides end at a clause that opens on no side: it is told.
  if (ctx.gathering?.sides && !SIDE_OPENER.test(text)) ctx.gathering = undefined;
  const opens = OCCASION_FIRST.exec(text);
  ctx.gathering ??=
    opens && !ctx.last && r.attend ? { date: c.dateOf(c.resolved[0]), kind: 'meeting', cue: opens[1] } : undefined;
  if (
    !ctx.gathering ||
    (ctx.last && !ctx.gathering.fresh) ||
    named.length < (opens ? 1 : 2) ||
    r.planned ||
    base.tense !== 'happened' ||
    // Not those who went along on a visit before ("국빈 방문 때 … 동행했다"), nor those who sat in ("배석했다").
    EARLIER.test(text) ||
    SAT_IN_LIST.test(text) ||
    !(r.attend || SIDE_OPENER.test(text))
  )
    return undefined;
  const gathering = ctx.gathering;
  // "한국측에서 A를 비롯한 B, C 등이 참석했다": A heads the side and met; those named after sat in with A.
  const heads = headsOf(c);
  const principals = uniq([...(gathering.hosts ?? []), ...(gathering.sides ?? []), ...(heads.length ? heads : named)]);
  // "…참석했고, 경제계에서는 C, D 등이 참석했다": the next side's list, in the same sentence, joins the same gathering.
  ctx.gathering = { ...gathering, sides: principals };
  const event = { ...atGathering(base, gathering, principals), group: true };
  const came = heads.length ? named.filter((id) => !heads.includes(id)) : [];
  if (!came.length) return [event];
  return [event, { ...event, principals: [], lead: 0, attendees: came, of: event, heads, group: undefined }];
}

/** Those who sat in on a meeting reported ("이 자리엔 … 함께했다", "… 등이 배석했다"). */
export function satInList(c: Clause, ctx: EventContext): MeetingEvent | undefined {
  const { text, here, tokens, named, r, resolved, base, said } = c;
  const sat = attendance(
    text,
    here,
    tokens,
    named,
    r,
    ctx,
    resolved[0]?.value.date ?? (/이날/.test(text) || THIS_OCCASION.test(text) ? ctx.day : undefined),
    c.s.i,
  );
  if (!sat) return undefined;
  // "일본측에서는 A를 비롯해 B, C 등이": a side's list headed by one.
  const heads = headsOf(c);
  const rest = tokens
    .slice(c.end + 1)
    .map((t) => t.text)
    .join(' ');
  // The meeting they sat in on is the one the next such list is about ("… 찾았다. 현대차에서는 … 맞았다").
  ctx.last = sat.of;
  return {
    ...base,
    principals: [],
    lead: 0,
    attendees: sat.attendees,
    of: sat.of,
    // "지난 22일 … 진행된 A와 B의 면담에는": the day told here, where the meeting was told with none.
    date:
      resolved[0] && sat.of.date && 'date' in sat.of.date && undated(sat.of.date) ? c.dateOf(resolved[0]) : sat.of.date,
    kind: sat.of.kind,
    cues: [sat.cue],
    // "…도 참석할 예정이다" ("참석하고, … 자리할 계획이다"): who will sit in is not who sat in.
    tense:
      r.planned || base.tense === 'planned' || (/(고|며)$/.test(said[said.length - 1].text) && PLANNED_CUE.test(rest))
        ? ('planned' as const)
        : ('happened' as const),
    ...(sat.entourage ? { entourage: true } : {}),
    ...(sat.staff.length ? { staff: sat.staff } : {}),
    ...(heads.length ? { heads } : {}),
  };
}

/**
 * "B 회장은 오찬사를 통해 …", after "협회는 A를 초청해 오찬 간담회를 개최했다": who gives an address at a gathering
 * told with only its guest was at it, as its host; a meeting of the two, before any other is reported. So is who acts
 * at a lunch its host shared with a group named by no one ("이날 오찬 말미에 B 회장은 …").
 */
export function speakerAt(c: Clause, ctx: EventContext): MeetingEvent | undefined {
  const gathering = ctx.gathering;
  if (!gathering?.hosts?.length || gathering.sides || ctx.last || c.r.planned || c.s.role !== 'body') return undefined;
  if (c.base.tense === 'planned' || !(GATHERING_ADDRESS.test(c.text) || AT_THAT_GATHERING.test(c.text)))
    return undefined;
  const speakers = c.subjects.filter((p) => !gathering.hosts!.includes(p));
  if (speakers.length !== 1) return undefined;
  const principals = uniq([...gathering.hosts, ...speakers]);
  ctx.gathering = { ...gathering, hosts: principals };
  return atGathering(c.base, gathering, principals);
}

/** A side named anywhere in the clause ("… 환영만찬에는 한국측에서 …"). */
const SIDE_NAMED = /[가-힣]\s?측(?:에서는|에선|에서|은)\s/;

/** Who heads a side's list ("한국측에서 A를 비롯한 B, C 등"). */
const headsOf = (c: Pick<Clause, 'text' | 'here' | 'tokens' | 'named'>) =>
  SIDE_NAMED.test(c.text)
    ? c.here
        .filter((m) => m.kind === 'person' && /^비롯/.test(c.tokens[m.last + 1]?.text ?? '') && c.named.includes(m.id))
        .map((m) => m.id)
    : [];

/** Those at a gathering told before them, on its day, as a report of it. */
function atGathering(
  base: Clause['base'],
  gathering: NonNullable<EventContext['gathering']>,
  principals: string[],
): MeetingEvent {
  return {
    ...base,
    principals,
    lead: 0,
    date: gathering.date,
    kind: gathering.kind,
    cues: [gathering.cue],
    tense: 'happened' as const,
  };
}
