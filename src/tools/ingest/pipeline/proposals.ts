// Stage 7: the clauses' reports gathered into proposals, one per meeting: a meeting reported in several sentences
// is one proposal with all of them as evidence; those who sat in join it. Each is matched against data/ (a meeting
// it records becomes a source to add), and judged: accepted by default only where the text settles it.
import { CROWD_EVENT, EARLIER, FEW_NATIONS_SUMMIT, EVENT_KINDS, PICTURED, SAT_IN, VENUE_WORD } from '../korean/lexicon';
import type {
  Gathered,
  IngestProblem,
  Known,
  Match,
  MeetingEvent,
  Proposal,
  ProposalsStage,
  ResolvedDate,
  Unsettled,
  UnsettledProposal,
} from './types';
import { CALIBRATION, confidenceFrom } from '../helpers/calibration';
import {
  oneDatePerMeeting,
  oneMeetingPerEvent,
  oneMeetingPerGathering,
  onePerRecorded,
  joinReport,
  sameSet,
  undated,
} from '../helpers/sameMeeting';
import { EVIDENCE, evidenceOf, type ArticleReading, type Evidence, type Feature } from '../helpers/evidence';

const key = (principals: string[], date: string) => `${[...principals].sort().join('+')}@${date}`;
/** Kinds of meeting one host holds once a day, with many guests. */
const JOINT_KINDS = ['lunch', 'dinner', 'press-conference'];
const MEALS = ['lunch', 'dinner'];
const SPECIFIC = ['press-conference', 'workshop', 'lunch', 'dinner', 'audience', 'summit'];

/** "연속 회동", "A, B, C를 만나": one meeting between the subject and each of the others. */
function expand(e: MeetingEvent): MeetingEvent[] {
  if (!e.separately || e.lead === 0) return [e];
  const lead = e.principals.slice(0, e.lead);
  const met = e.principals.slice(e.lead);
  // "A와 B가 연이어 C와 만났다": each of them met C.
  if (met.length === 1 && lead.length >= 2)
    return lead.map((p) => ({ ...e, principals: [p, met[0]], lead: 1, separately: false }));
  return met.map((p) => ({ ...e, principals: [...lead, p], separately: false, date: e.daysOf?.[p] ?? e.date }));
}

function gather(events: MeetingEvent[]): { meetings: Gathered[]; unsettled: Unsettled[] } {
  const groups = new Map<string, Gathered>();
  const owner = new Map<MeetingEvent, Gathered>();
  const unsettled: Unsettled[] = [];
  const addTo = (g: Gathered, e: MeetingEvent) => {
    if (!g.sentences.includes(e.sentence)) g.sentences.push(e.sentence);
    // The same day, said by the text ("19일"), is firmer than the article's day a headline falls back on.
    if (e.date && 'date' in e.date && undated(g.date) && !undated(e.date)) g.date = e.date;
    if (e.tense === 'happened') g.happened = true;
    if (!g.tenseCues.includes(e.tenseCue)) g.tenseCues.push(e.tenseCue);
    g.cues.push(...e.cues.filter((c) => !g.cues.includes(c)));
    g.time ??= e.time;
    g.dayPart ??= e.dayPart;
    g.place ??= e.place;
    g.eventName ??= e.eventName;
    if (g.kind === 'meeting' && SPECIFIC.includes(e.kind)) g.kind = e.kind;
    owner.set(e, g);
  };
  for (const raw of events) {
    if (raw.principals.length === 0) continue;
    // Told on, the same day: the meeting it tells on, whoever has joined that one since.
    const told = raw.tellsOn && owner.get(raw.tellsOn);
    if (told && raw.tense === 'happened') {
      addTo(told, raw);
      continue;
    }
    for (const e of expand(raw)) {
      if (e.tense === 'planned' || !e.date || !('date' in e.date)) {
        const cue = e.date && !('date' in e.date) ? e.date.unresolved : e.tense === 'planned' ? 'planned' : '';
        const date = e.date && 'date' in e.date ? e.date : undefined;
        const same = unsettled.find(
          (u) => sameSet(u.principals, e.principals) && u.planned === (e.tense === 'planned'),
        );
        if (same) same.sentences.push(e.sentence);
        else
          unsettled.push({
            principals: e.principals,
            cue,
            sentences: [e.sentence],
            planned: e.tense === 'planned',
            ...(date ? { date } : {}),
          });
        continue;
      }
      // "정상회담을 한 뒤 공식 만찬을 가졌다": a talk and a meal of the same people told in one sentence are two
      // meetings; every other report joins the meal.
      const meal = events.some(
        (o) =>
          o !== raw &&
          o.sentence === e.sentence &&
          MEALS.includes(o.kind) &&
          e.kind !== o.kind &&
          sameSet(o.principals, e.principals),
      );
      const k = key(e.principals, e.date.date) + (meal ? `#${e.cues[0]}` : '');
      let g = groups.get(k);
      if (!g) {
        g = {
          principals: e.principals,
          attendees: [],
          date: e.date,
          kind: e.kind,
          sentences: [],
          cues: [],
          happened: false,
          tenseCues: [],
          ...(meal ? { apart: true } : {}),
        };
        groups.set(k, g);
      }
      addTo(g, e);
      owner.set(raw, g);
    }
  }
  // Those who sat in join the meeting they sat in on. Guests (참석, 함께했다) of an event one person is reported at
  // (a round table, a dinner) are who that person met: principals. Counted before any guest joins, so that the
  // second sentence of guests is read as the first was.
  const hosts = new Map([...groups.values()].map((g) => [g, g.principals.length]));
  // Those a headed list put behind its head ("A를 비롯해 B, C"), by meeting.
  const behindHead = new Map<Gathered, string[]>();
  for (const e of events) {
    if (e.principals.length > 0 || !e.of || e.tense === 'planned') continue;
    const g = owner.get(e.of);
    if (!g) continue;
    // Those who attended a round table of several hosts ("간담회에는 A, B 회장도 참석했다") met its hosts. Not a meal's
    // guests where two or more hosted it ("만찬에는 … 등 15명이 참석했다"): they sat in on the hosts' meal.
    const tableGuests = EVENT_KINDS.includes(g.kind) && hosts.get(g)! >= 3 && /참석|행사장/.test(e.cues.join(' '));
    const guests = (hosts.get(g) === 1 || e.of.group || tableGuests) && !e.entourage && !SAT_IN.test(e.cues.join(' '));
    for (const a of e.attendees) {
      if (g.attendees.includes(a) || g.principals.includes(a)) continue;
      // Guests who hold a staff post ("정부 측에서는 A 국무조정실장 …이 참석했다") came with a principal: they sat in.
      // Not at a round table or a conference, where all who took part met.
      const staff = e.staff?.includes(a) && !EVENT_KINDS.includes(g.kind);
      // A side's list headed by one ("A를 비롯해 B, C 등이"): the others came with that one.
      const behind = !!e.heads?.length && !e.heads.includes(a);
      if (behind && guests) behindHead.set(g, [...(behindHead.get(g) ?? []), a]);
      (guests && !staff && !behind ? g.principals : g.attendees).push(a);
    }
    if (!g.sentences.includes(e.sentence)) g.sentences.push(e.sentence);
    if (e.tense === 'happened') g.happened = true;
    // "지난 22일 … 진행된 A와 B의 면담에는 C가 동석했다": the day the meeting is told with.
    if (e.date && 'date' in e.date && undated(g.date) && !undated(e.date)) g.date = e.date;
  }
  // One person at an event, and the same event with its host: one meeting. So is a gathering one person held where
  // the other principals of their meeting that day sat in ("A를 만나 … 간담회를 열었다. 간담회에는 … B가 참석했다").
  const all = [...groups.values()];
  const merged = all.filter((g) => {
    if (g.principals.length !== 1) return true;
    const into = all.find(
      (o) =>
        o !== g &&
        o.principals.length > 1 &&
        o.date.date === g.date.date &&
        o.principals.includes(g.principals[0]) &&
        (o.kind === g.kind || o.principals.some((p) => g.attendees.includes(p))),
    );
    if (!into) return true;
    joinReport(into, g);
    // Not with no day of its own where the body says the meeting is to come ("오늘 김 총리와 회동" over "만난다"):
    // "김 총리는 그간 총수들을 만나" falls back on the article's day, and says nothing of that meeting.
    const toCome = unsettled.some(
      (u) => u.planned && sameSet(u.principals, into.principals) && u.date?.date === into.date.date,
    );
    into.happened ||= g.happened && !(undated(g.date) && toCome);
    into.place ??= g.place;
    into.eventName ??= g.eventName;
    return false;
  });
  // A gathering whose only principal heads a list ("만찬에는 A를 비롯해 B, C 등이 참석했다"): all listed met.
  for (const [g, behind] of behindHead) {
    if (g.principals.length !== 1) continue;
    g.principals.push(...behind.filter((a) => !g.principals.includes(a)));
    g.attendees = g.attendees.filter((a) => !behind.includes(a));
  }
  // A meal or a round table is one on a day for its host: the captions of each guest's photo tell the same one.
  for (let k = merged.length - 1; k >= 0; k--) {
    const g = merged[k];
    if (!JOINT_KINDS.includes(g.kind)) continue;
    // Guests told out in full at a meal of that day ("주요 그룹 총수들이 총출동했다"): that meal's, whoever hosts it.
    const guests = MEALS.includes(g.kind) && g.tenseCues.every((c) => /참석|총출동|자리했|함께했/.test(c));
    const into = merged.find(
      (o) =>
        o !== g &&
        o.kind === g.kind &&
        o.date.date === g.date.date &&
        (o.principals.some((p) => g.principals.includes(p)) || guests),
    );
    if (!into) continue;
    for (const p of g.principals)
      if (!into.principals.includes(p) && !into.attendees.includes(p)) into.principals.push(p);
    joinReport(into, g);
    into.happened ||= g.happened;
    merged.splice(k, 1);
  }
  // A photo's people, where one of them is at a meeting with a group that day, or where they are listed right after
  // the caption of it ("…가 총수들과 대화를 나누고 있다. 왼쪽부터 A, B, C"), are that group.
  // A gathering joined to another meeting above is told by that one from here on.
  const live = (g: Gathered | undefined) =>
    g && (merged.includes(g) ? g : merged.find((o) => g.sentences.every((s) => o.sentences.includes(s))));
  for (const e of events) {
    if (!e.pictured) continue;
    const withGroup = (g: Gathered) => events.some((x) => x.group && live(owner.get(x)) === g);
    // Not a gathering of another day the text names ("14일 … 착공식" under a photo of "15일").
    const photoDay = e.date && 'date' in e.date && !undated(e.date) ? e.date.date : undefined;
    const at = [...new Set([...groups.values()].map(live))].filter(
      (g): g is Gathered =>
        g !== undefined &&
        (g.principals.length === 1 || withGroup(g)) &&
        (!photoDay || undated(g.date) || g.date.date === photoDay) &&
        (e.attendees.filter((p) => g.principals.includes(p)).length >= 1 ||
          (withGroup(g) && g.sentences.some((s) => s.i === e.sentence.i - 1))) &&
        e.attendees.length > g.principals.length,
    );
    if (at.length === 0 && e.date && 'date' in e.date && e.tense === 'happened') {
      // Photographed together at no meeting the text reports ("왼쪽부터 A, B, C가 건배를 하고 있다"): offered, for
      // the editor to judge (judge() doubts a meeting only a photo shows).
      const date = e.date;
      const told = merged.some(
        (g) =>
          g.date.date === date.date &&
          e.attendees.filter((p) => g.principals.includes(p) || g.attendees.includes(p)).length >= 2,
      );
      if (!told)
        merged.push({
          principals: [...e.attendees],
          attendees: [],
          date,
          kind: 'meeting',
          sentences: [e.sentence],
          cues: [PICTURED.exec(e.sentence.text)?.[0].replace(/^[^가-힣]+/, '') ?? '왼쪽부터'],
          happened: true,
          tenseCues: [e.tenseCue],
          photoOnly: true,
        });
    }
    // Two reports of the group's meeting (a caption's and the body's): the photo's is the one told right before it.
    if (at.length > 1) at.splice(0, at.length, ...at.filter((g) => g.sentences.some((s) => s.i === e.sentence.i - 1)));
    if (at.length !== 1) continue;
    const leftOut = events.filter((x) => owner.get(x) === at[0]).flatMap((x) => x.excluded ?? []);
    for (const p of e.attendees) if (!at[0].principals.includes(p) && !leftOut.includes(p)) at[0].principals.push(p);
    at[0].attendees = at[0].attendees.filter((p) => !at[0].principals.includes(p));
    if (!at[0].sentences.includes(e.sentence)) at[0].sentences.push(e.sentence);
  }
  // A meeting with a group, told again without its date ("회장들을 초청해 만찬을 함께한 것은 처음"), is the one the
  // article dates: one person, one kind.
  const undatedDay = (g: Gathered) => undated(g.date);
  for (let k = merged.length - 1; k >= 0; k--) {
    const g = merged[k];
    if (g.principals.length !== 1 || !undatedDay(g)) continue;
    const into = merged.filter(
      (o) => o !== g && !undatedDay(o) && o.kind === g.kind && o.principals.includes(g.principals[0]),
    );
    if (into.length !== 1) continue;
    for (const s of g.sentences) if (!into[0].sentences.includes(s)) into[0].sentences.push(s);
    into[0].happened ||= g.happened;
    merged.splice(k, 1);
  }
  // A meeting the article first calls recent ("최근") and then dates is one meeting, on that date.
  for (let k = unsettled.length - 1; k >= 0; k--) {
    const u = unsettled[k];
    // Not one told as before the news ("당시 … 만나"): another meeting.
    if (u.planned || EARLIER.test(u.cue)) continue;
    const dated = merged.filter(
      (g) =>
        u.principals.every((p) => g.principals.includes(p)) ||
        (g.principals.length === 1 && u.principals.includes(g.principals[0])),
    );
    if (dated.length !== 1) continue;
    // A dated meeting of one person with a group ("회장들을 초청해") is the one the undated report names them at.
    for (const p of u.principals) if (!dated[0].principals.includes(p)) dated[0].principals.push(p);
    for (const s of u.sentences) if (!dated[0].sentences.includes(s)) dated[0].sentences.push(s);
    unsettled.splice(k, 1);
  }
  // A headline announces the body's meeting (it is dated the publication day only for want of a date): never a
  // second meeting. One the body does not report stays, for the editor, unaccepted (see draft/build.ts).
  const inBody = (g: Gathered) => g.sentences.some((s) => s.role !== 'headline');
  const meetings = oneMeetingPerGathering(oneMeetingPerEvent(oneDatePerMeeting(merged))).filter((g) => {
    if (inBody(g)) return true;
    const same = merged.find(
      (o) =>
        o !== g &&
        inBody(o) &&
        g.principals.filter((p) => o.principals.includes(p) || o.attendees.includes(p)).length >=
          Math.min(2, g.principals.length),
    );
    return !same;
  });
  for (const g of meetings) g.sentences.sort((a, b) => a.i - b.i);
  return { meetings, unsettled };
}

/** Told only by words for events many attend ("포럼", "행사"): being there is meeting no one in particular. */
const crowdOnly = (cues: string[] = []) => cues.length > 0 && cues.every((c) => CROWD_EVENT.test(c));
/** Only at the same forum, not at a summit of a few nations, which is their leaders' meeting. */
const atForumOnly = (g: Gathered) =>
  crowdOnly(g.cues) && !(g.cues.includes('정상회의') && g.sentences.some((s) => FEW_NATIONS_SUMMIT.test(s.text)));

/** Two places are one where neither names a venue the other does not contain ("플라자호텔", "더플라자호텔"). */
function samePlace(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  // A loanword spelled two ways ("컨퍼런스센터", "콘퍼런스센터").
  const spelled = (p: string) => p.replace(/컨퍼런스/g, '콘퍼런스').replace(/센타/g, '센터');
  const va = spelled(a).match(VENUE_WORD) ?? [];
  const vb = spelled(b).match(VENUE_WORD) ?? [];
  if (va.length === 0 || vb.length === 0) return true;
  return va.some((x) => vb.some((y) => x.includes(y) || y.includes(x)));
}

/** A meeting or a round table, where people talk with one another (not a workshop someone gives). */
const talks = (kind: string) => ['meeting', 'press-conference', 'lunch', 'dinner'].includes(kind);

/** Both name the place, and the venue, its last word, is one ("서울 태평로클럽", "서울 중구 태평로클럽"). */
const sameVenue = (a: string | undefined, b: string | undefined) => {
  const [x, y] = [a?.split(/\s+/).pop() ?? '', b?.split(/\s+/).pop() ?? ''];
  return x.length >= 3 && y.length >= 3 && (x.includes(y) || y.includes(x));
};

/** The meeting of data/ this proposal reports, if any: same principals, a compatible date, the same place. */
export function matchRecorded(
  known: Known,
  g: { principals: string[]; attendees?: string[]; date: ResolvedDate; place?: string; kind: string; cues?: string[] },
): Match | null {
  const ours = [...new Set([...g.principals, ...(g.attendees ?? [])])];
  // The same people, or most of them: outlets name different guests and tell principals from attendees apart
  // differently. Two people at least are shared, so that one person's other meeting that day is not taken for it.
  const samePeople = (m: {
    participants: string[];
    attendees: string[];
    kind: string;
    date: string;
    place?: { ko: string };
  }) => {
    if (sameSet(m.participants, g.principals)) return true;
    const theirs = [...new Set([...m.participants, ...m.attendees])];
    const shared = ours.filter((p) => theirs.includes(p)).length;
    // Or all of one report's people among the other's: a guest list told in full by one outlet and in part by
    // another, of three people at least or of a meeting of the same kind.
    const within = (a: string[], b: string[], kind: boolean) =>
      a.length >= 2 && a.every((p) => b.includes(p)) && (a.length >= 3 || kind);
    // Two of a gathering's people told meeting on its very day are at it, whatever kind each report calls it.
    const sameKind = m.kind === g.kind || (m.date === g.date.date && g.date.precision === 'day');
    // One person recorded at a gathering whose other side went unnamed ("외국계 은행 대표들과 간담회"), told
    // with a name by this report: on that very day, at the very venue both name, a meeting or round table both
    // (not a workshop the person gave there).
    const namedLater =
      theirs.length === 1 &&
      talks(m.kind) &&
      talks(g.kind) &&
      g.principals.includes(theirs[0]) &&
      m.date === g.date.date &&
      g.date.precision === 'day' &&
      sameVenue(m.place?.ko, g.place);
    return (
      namedLater ||
      (shared >= 2 && shared * 2 >= new Set([...ours, ...theirs]).size) ||
      within(ours, theirs, sameKind) ||
      within(theirs, ours, sameKind)
    );
  };
  for (const { value: m } of known.meetings) {
    if (!samePeople(m)) continue;
    // One person at an event, or people only at the same forum, are at a recorded meeting of that kind only.
    if ((g.principals.length === 1 || crowdOnly(g.cues)) && m.kind !== g.kind) continue;
    const recorded = m.date;
    const ours = g.date.date;
    const compatible = recorded === ours || ours.startsWith(`${recorded}-`) || recorded.startsWith(`${ours}-`);
    if (!compatible) continue;
    if (!samePlace(m.place?.ko, g.place)) continue;
    return { id: m.id, refine: recorded.length === 7 && ours.length === 10 };
  }
  return null;
}

/** What the reading rests on, in words: the sentences, the words and the date. */
function groundsOf(g: Gathered): string[] {
  const because: string[] = [];
  const body = g.sentences.filter((s) => s.role === 'body');
  if (body.length) because.push(`reported in ${body.length} sentence${body.length > 1 ? 's' : ''} of the body`);
  else because.push(`only in ${[...new Set(g.sentences.map((s) => s.role))].join(' and ')} lines`);
  const words = [...new Set(g.cues)].join(', ');
  because.push(
    /회동|면담|회담|오찬|만찬|접견|만나|만났|만남/.test(words) ? `meeting words: ${words}` : `event words: ${words}`,
  );
  const said = g.tenseCues.filter((t) => t !== 'no verb in the past tense' && t !== 'planned');
  if (said.length) because.push(`said as done: ${[...new Set(said)].join(', ')}`);
  because.push(
    !undated(g.date)
      ? `date from "${g.date.cue}" (${g.date.date})`
      : `no date in the sentences: ${g.date.cue.slice(1, -1)} (${g.date.date})`,
  );
  return because;
}

/** The evidence that weighed most against a proposal: what it has that counts against, or lacks that counts for. */
function weakest(evidence: Evidence): string[] {
  const { weights } = CALIBRATION;
  return (Object.keys(EVIDENCE) as Feature[])
    .map((f) => ({ f, against: evidence[f] ? -weights[f] : weights[f] }))
    .filter((x) => x.against > 0.25)
    .sort((a, b) => b.against - a.against)
    .slice(0, 2)
    .map(({ f }) => (evidence[f] ? EVIDENCE[f] : `not ${EVIDENCE[f]}`));
}

function judge(g: Gathered, match: Match | null, article: ArticleReading): Proposal {
  const evidence = evidenceOf(g, match, article);
  const confidence = Math.round(confidenceFrom(evidence) * 100) / 100;
  const grounds = [
    ...(match ? [`the same meeting as ${match.id}: same principals, a compatible date`] : []),
    ...groundsOf(g),
  ];
  // One person at an event (a workshop, a summit), or a meeting only a headline names, is a meeting only where
  // the editor says so; so is one the text does not settle.
  const doubt = [
    ...(g.happened
      ? []
      : [`the text does not say it took place (${g.tenseCues.join('; ')}): accept it only if another source does`]),
    ...(g.principals.length === 1 && !match ? ['one person at an event: accept it if it belongs on the map'] : []),
    // At a forum or a conference many attend, those named met only where the text says they did.
    ...(g.principals.length > 1 && !match && atForumOnly(g)
      ? [`only at the same ${g.cues[0]}: accept it if the text says they met there`]
      : []),
    ...(g.photoOnly && !match ? ['only a photo shows them together: accept it if the text says they met'] : []),
    ...(g.sentences.every((s) => s.role === 'headline')
      ? ['only the headline names it, and the body reports no such meeting']
      : []),
  ];
  const settled = doubt.length === 0;
  if (settled && confidence < CALIBRATION.acceptAt)
    doubt.push(
      `confidence ${confidence.toFixed(2)}, under the ${CALIBRATION.acceptAt.toFixed(2)} at which drafts are accepted` +
        ` (${weakest(evidence).join('; ') || 'weak evidence'}): read its sentences before accepting it`,
    );
  return {
    ...g,
    match,
    accept: doubt.length === 0,
    confidence: settled ? confidence : Math.min(confidence, 0.5),
    evidence,
    settled,
    because: [...doubt, ...grounds],
  };
}

/** Stage 7: the reports as proposals, each matched against data/ and judged. */
export function proposals(
  reported: MeetingEvent[],
  known: Known,
  file: string,
  named: string[],
  published: string,
  unread: Unsettled[] = [],
): ProposalsStage {
  const { meetings, unsettled } = gather(reported);
  const problems: IngestProblem[] = [];
  // Names beside meeting words the reading could not tell apart: a draft with a note, not a refusal.
  if (meetings.length === 0 && unsettled.length === 0) unsettled.push(...unread);
  if (meetings.length === 0 && unsettled.length === 0)
    problems.push({
      file,
      message:
        named.length === 0
          ? 'the article names no one the data knows and reports no meeting: is it about something else?'
          : `the article names ${named.join(', ')} but reports no meeting between people: nothing to draft`,
    });
  const matches = new Map(meetings.map((g) => [g, matchRecorded(known, g)]));
  return {
    meetings: onePerRecorded(meetings, (g) => matches.get(g)?.id).map((g) =>
      judge(g, matches.get(g) ?? null, { published, known, reported }),
    ),
    unsettled: unsettled.map((u): UnsettledProposal => {
      const match = u.date ? matchRecorded(known, { principals: u.principals, date: u.date, kind: 'meeting' }) : null;
      return match ? { ...u, match: match.id } : u;
    }),
    problems,
  };
}
