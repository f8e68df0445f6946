// Stage 6: what each clause reports. A meeting (who met whom, when, where), those who sat in, one person attending
// an event; told apart from what is only planned and from earlier meetings mentioned in passing.
import { EVENT_CUES, EVENT_TITLE, SAT_IN_LIST, STANDS_IN_PHOTO, roleOf } from '../korean/lexicon';
import { occasionOwner, ofMeetingBefore, rolesOf } from '../helpers/roles';
import type { Token } from '../korean/tokens';
import { clauses, inside, placeIn, readClause, roleParticle, singleQuoted } from '../helpers/clauses';
import { findDates, findTime, photoDay } from '../korean/dates';
import { dateStartDay, dayToIso } from '../../../core/schema/dates';
import { tenseOf } from '../helpers/tense';
import { clauseDates, nearBefore, UNDATED } from '../helpers/clauseDates';
import { actorsOf, eventAttended, uniq } from '../helpers/events/attended';
import { groupFinder, headFinder } from '../helpers/events/finders';
import { gatheringList, picturedList, satInList, speakerAt } from '../helpers/events/lists';
import { meetingsIn } from '../helpers/events/meeting';
import type { Clause } from '../helpers/events/types';
import type { EventContext, Known, MeetingEvent, Mention, MentionsStage, Sentence, ResolvedDate } from './types';

function readEvents(s: Sentence, rawTokens: Token[], mentions: Mention[], ctx: EventContext): MeetingEvent[] {
  datesLast(s, mentions, ctx);
  const quoted = singleQuoted(s.text);
  // A title in quotes names no one ('3자 회의'), unless it is the title of a gathering for its guest ('A 대사 초청
  // 기업인 오찬간담회', 'A 대표와 중소기업인 간담회').
  const guestTitles = quoted.titles.filter(([from, to]) => EVENT_TITLE.test(s.text.slice(from + 1, to - 1)));
  const titles = quoted.titles.filter((span) => !guestTitles.includes(span));
  const tokens = rawTokens.map((t) => (inside(quoted.speech, t.start) ? { ...t, quoted: true } : t));
  const out: MeetingEvent[] = [];
  // "A를 제외한", "A를 대신해 B가 참석했다": A is not of it.
  const leftOut = (m: Mention) => /^(제외|빼고|뺀|대신)/.test(tokens[m.last + 1]?.text ?? '');
  // A date said in one clause holds for the clauses after it in the sentence ("지난 23일 취임 후 … 만나").
  let carried: ResolvedDate | undefined;
  for (const [a, b] of clauses(tokens)) {
    const said = tokens.slice(a, b + 1).filter((t) => !t.quoted);
    if (said.length === 0) continue;
    const text = said.map((t) => t.text).join(' ');
    const r = readClause(text, ctx);
    const here = mentions.filter(
      (m) =>
        m.first >= a &&
        m.last <= b &&
        !tokens[m.first].quoted &&
        !m.quoted &&
        !inside(titles, tokens[m.first].start) &&
        !leftOut(m) &&
        !ofMeetingBefore(m, tokens),
    );
    // "신동빈 회장을 제외한 총수들은": the one left out, of the group too.
    const excluded = mentions.filter((m) => m.first >= a && m.last <= b && leftOut(m)).map((m) => m.id);
    const { subjects, partners, companions } = rolesOf(here, tokens, text, ctx);
    const { resolved, dateOf, carried: next } = clauseDates(text, r, s, ctx, carried);
    carried = next;
    const cueWord = r.cue?.text ?? EVENT_CUES.find((e) => e.word.test(text))?.word.exec(text)?.[0] ?? '';
    // Korean marks tense on the last verb of a chain ("회동을 하며 … 논의했다"): the rest of the sentence counts.
    const tail = tokens
      .slice(b + 1)
      .filter((t) => !t.quoted)
      .map((t) => t.text)
      .join(' ');
    const read = r.planned
      ? { tense: 'planned' as const, cue: 'planned' }
      : tenseOf(
          `${text} ${tail}`.trim(),
          Math.max(0, text.indexOf(cueWord)),
          // A photo's sentence printed in the body ("A 회장(앞줄 왼쪽)과 B 회장이 들어서고 있다"): a caption.
          STANDS_IN_PHOTO.test(s.text) ? 'caption' : s.role,
          false,
          resolved.some((d) => d.value.precision === 'day' && d.value.date <= ctx.published) || /이날/.test(text),
        );
    // A meeting dated before the article's day, and not planned, is history the article tells: it took place.
    // Not a body's sentence cut short ("특히 지난 9월 … 열린 양국 정상회담에", where a page's saved text ends): it says
    // nothing yet.
    const cutShort = s.role === 'body' && !/[.!?…"”’'』」)\]]$|다$/.test(s.text.trim());
    const history = cutShort
      ? undefined
      : resolved.find((d) => d.value.date < ctx.published.slice(0, d.value.date.length));
    const said2 =
      read.tense === 'unclear' && history && !r.planned
        ? { tense: 'happened' as const, cue: `dated ${history.value.cue}, before the article` }
        : read;
    const timing = findTime(text);
    const base = {
      sentence: s,
      attendees: [] as string[],
      ...(timing?.time ? { time: timing.time } : {}),
      ...(timing?.dayPart ? { dayPart: timing.dayPart } : {}),
      ...(placeIn(s.text, tokens, a, b) ? { place: placeIn(s.text, tokens, a, b)! } : {}),
      separately: false,
      tense: said2.tense,
      tenseCue: said2.cue,
    };
    if (r.negated) continue;
    const named = uniq(here.filter((m) => m.kind === 'person' && !occasionOwner(m, tokens)).map((m) => m.id));
    const c: Clause = {
      s,
      tokens,
      said,
      text,
      end: b,
      r,
      mentions,
      here,
      named,
      excluded,
      subjects,
      partners,
      companions,
      resolved,
      dateOf,
      base,
      before: out,
    };
    const listed = picturedList(c, ctx) ?? gatheringList(c, ctx) ?? satInList(c, ctx) ?? speakerAt(c, ctx);
    if (listed) {
      out.push(...[listed].flat());
      continue;
    }
    // "… 회동했다. KT는 써밋도 개최했다": another event held after the meeting the body reported, naming no one: who
    // is listed at an occasion next ("이번 행사에는 …") is at it, not at that meeting.
    const another = (held: string) =>
      /^[가-힣]*도\s/.test(text.slice(text.indexOf(held) + held.length)) ||
      /^(또|또한|아울러|한편|이와 함께)[,\s]/.test(text);
    // "LG화학은 19일 … 착공식을 열었다": an organisation's event, whose guests the next clauses may name.
    const holder = here.find((m) => m.kind === 'organization' && /^(은|는)$/.test(m.particle));
    if (r.held && holder && named.length === 0 && !r.planned && base.tense === 'happened')
      ctx.heldBy = { org: holder.id, cue: r.held };
    if (
      r.held &&
      another(r.held) &&
      named.length === 0 &&
      ctx.last?.sentence.role === 'body' &&
      !r.planned &&
      base.tense === 'happened' &&
      s.role === 'body'
    )
      ctx.gathering = { date: dateOf(resolved[0]), kind: 'meeting', cue: r.held, fresh: true };
    // Those who sat in on a meeting not reported as done ("간담회에는 A 부총리와 B 장관이 배석했다"): no meeting of
    // their own.
    if (SAT_IN_LIST.test(text)) continue;
    const actors = actorsOf(c, ctx);
    if (r.eventKind && actors.who.length && !actors.continues) {
      const { event, meetingToo } = eventAttended(c, ctx, actors.who);
      out.push(event);
      if (!meetingToo) {
        ctx.subject = actors.who;
        continue;
      }
    }
    if (!r.cue) {
      // "손영식 대표가 직접 매장을 소개했다": who does something for the one the sentences are about (이/가) does not
      // take over from them; a new topic (은/는) does.
      const topical = here.some(
        (m, k) => subjects.includes(m.id) && roleOf(roleParticle(m, tokens, here[k + 1])) !== 'subject',
      );
      // "A와 B는 … 약속하며 만찬을 가졌다", "A는 B와 … 논의하며 만찬을 가졌다": who acts with the subject, named
      // before them or in a clause the sentence chains on, acts on with them.
      const chained = b < tokens.length - 1;
      const along = here
        .filter(
          (m, k) =>
            m.kind === 'person' &&
            /^(과|와)$/.test(m.particle) &&
            partners.includes(m.id) &&
            (chained || here[k + 1]?.first === m.last + 1),
        )
        .map((m) => m.id);
      if (subjects.length && (topical || ctx.subject.length === 0)) ctx.subject = uniq([...subjects, ...along]);
      continue;
    }
    out.push(...meetingsIn(c, ctx, actors));
  }
  const happened = out.filter((e) => e.principals.length > 0 && e.tense === 'happened');
  ctx.meetings.push(...happened);
  if (happened.length) ctx.last = happened[happened.length - 1];
  return out;
}

/**
 * "… 만남이 성사됐다. 28일(현지시간) 워싱턴에서 열린 갈라 행사에서다.": a sentence of no verb of its own, right
 * after a meeting told with no day, gives that meeting's day (and the story's).
 */
function datesLast(s: Sentence, mentions: Mention[], ctx: EventContext) {
  const last = ctx.last;
  if (!last || s.role !== 'body' || last.sentence.i !== s.i - 1 || mentions.some((m) => m.kind === 'person')) return;
  if (!/에서(다|였다|입니다)[.”"]?$/.test(s.text.trim()) || !last.date || !('cue' in last.date)) return;
  if (!last.date.cue.startsWith('(')) return;
  const day = findDates(s.text, ctx.published, ctx.year, ctx.day).find(
    (d) => 'date' in d.value && d.value.precision === 'day' && !d.future,
  );
  if (!day || !('date' in day.value)) return;
  for (const e of ctx.meetings.filter((x) => x.sentence.i === last.sentence.i)) e.date = day.value;
  ctx.day = day.value.date;
  ctx.dayCue = day.value.cue;
}

/** Stage 6: what each clause reports, in page order (a clause reads the subject and day the ones before it set). */
export function events(said: Sentence[], named: MentionsStage, known: Known, published: string): MeetingEvent[] {
  const context: EventContext = {
    published,
    subject: [],
    meetings: [],
    day: published,
    headOf: headFinder(known, named.context),
    groupsOf: groupFinder(known, named.context),
  };
  // A caption tells of its own photo: who acts in it is never carried over from the body, nor back.
  let bodySubject: string[] | undefined;
  const found = said.flatMap((s, i) => {
    if (s.role === 'caption' && bodySubject === undefined) [bodySubject, context.subject] = [context.subject, []];
    else if (s.role !== 'caption' && bodySubject !== undefined)
      [context.subject, bodySubject] = [bodySubject, undefined];
    // A file photo's caption, stamped with an earlier day ("9일 … 기념촬영을 하고 있다. 2018.7.9/뉴스1"), is read
    // on the day it was taken, and leaves the story's day alone; so is a photo swapped in days after the story
    // ("지난 16일 … 회담을 마친 후 … 2022.09.16" under a preview of the 14th).
    const stamp =
      s.role === 'caption'
        ? [s, said[i + 1]]
            .filter((x) => x?.role === 'caption')
            .map((x) => photoDay(x!.text))
            .find(Boolean)
        : undefined;
    // "앞서 … 지난 3일 대구를 찾아 … 밝혔다. 이날 A와 B는 …": the day the look back named.
    const aside = context.asideDay;
    const told =
      aside && aside.sentence === s.i - 1 && /^(이날|같은 날)\s/.test(s.text)
        ? { day: aside.day, dayCue: aside.cue }
        : stamp && stamp !== published && stamp <= dayToIso(dateStartDay(published) + 31)
          ? { published: stamp, day: stamp, dayCue: undefined }
          : undefined;
    if (!told) return readEvents(s, named.tokens[i], named.bySentence[i], context);
    // Read on that day, the story's own left as it was.
    const { day, dayCue } = context;
    Object.assign(context, told);
    const out = readEvents(s, named.tokens[i], named.bySentence[i], context);
    Object.assign(context, { published, day, dayCue });
    return out;
  });
  // "고(故) 정주영 회장의 일화를 언급하며": the late take part in no meeting of the news, only in one of their lifetime.
  // Not the 고 that ends a quote ("…했다”고 하 수석은").
  const late = new Set(
    said.flatMap((s, i) =>
      named.bySentence[i]
        .filter(
          (m) =>
            m.kind === 'person' &&
            /(^|\s)(故|고\s?\(故\)|고)\s*$/.test(s.text.slice(0, named.tokens[i][m.first]?.start ?? 0)),
        )
        .map((m) => m.id),
    ),
  );
  const yearBefore = `${Number(published.slice(0, 4)) - 1}${published.slice(4)}`;
  for (const e of found) {
    const day = e.date && 'date' in e.date ? e.date.date : undefined;
    if (late.size === 0 || (day !== undefined && day < yearBefore.slice(0, day.length))) continue;
    e.principals = e.principals.filter((p) => !late.has(p));
    e.attendees = e.attendees.filter((p) => !late.has(p));
  }
  // "착공식에 참석한 B 주지사는 …", of the event an organisation held: its head, named anywhere, hosted it.
  for (const e of found) {
    const head = e.heldBy && e.principals.length === 1 ? context.headOf(e.heldBy) : undefined;
    if (head && !e.principals.includes(head)) e.principals.push(head);
  }
  // A photo with no day of its own ("A 지사(왼쪽)가 B 사장을 만나 인사하고 있다") shows the story the body tells,
  // on the first day the body names, however late on the page it names it.
  const first = context.firstDay;
  if (!first || !nearBefore(first.date, published)) return found;
  for (const e of found)
    if (
      (e.sentence.role === 'caption' || STANDS_IN_PHOTO.test(e.sentence.text)) &&
      e.date !== null &&
      'cue' in e.date &&
      e.date.cue === UNDATED
    )
      e.date = { ...first, cue: `(the day the body reports: "${first.cue}")` };
  return found;
}
