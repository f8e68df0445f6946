// Stage 6: what each clause reports. A meeting (who met whom, when, where), those who sat in, one person attending
// an event; told apart from what is only planned and from earlier meetings mentioned in passing.
import {
  EARLIER,
  HEAD_OF_ORG,
  MEETING_CUES,
  PLANNED_CUE,
  EVENT_CUES,
  GROUP_NOUN,
  OCCASION,
  GROUP_REF,
  GROUP_SUBJECT,
  INVITED,
  MEETING_NOUN,
  HEAD_OF_STATE,
  PICTURED,
  PHOTO_PLACES,
  SEPARATELY,
  SIDE_OPENER,
  THIS_OCCASION,
  AT_THIS_OCCASION,
  THIS_MEETING,
  STANDS_IN_PHOTO,
  TOGETHER,
  VENUE,
  VISIT,
  COUNTRIES,
  EVENT_KINDS,
  PAST_ADNOMINAL,
  roleOf,
  EVENT_TITLE,
  UNNAMED_OTHERS,
} from '../korean/lexicon';
import { attendance } from '../helpers/attendance';
import { occasionOwner, ofMeetingBefore, rolesOf } from '../helpers/roles';
import { fullName, looksLikeOrg } from '../helpers/names';
import type { Token } from '../korean/tokens';
import { clauses, eventNameIn, inside, placeIn, readClause, roleParticle, singleQuoted } from '../helpers/clauses';
import { dateBefore, findDates, findTime, photoDay } from '../korean/dates';
import { tenseOf } from '../helpers/tense';
import { undated } from '../helpers/sameMeeting';
import { clauseDates, daysOfEach, nearBefore, UNDATED } from '../helpers/clauseDates';
import type {
  EventContext,
  Known,
  MeetingEvent,
  Mention,
  MentionContext,
  MentionsStage,
  ResolvedDate,
  Sentence,
} from './types';

const uniq = (ids: string[]) => [...new Set(ids.filter(Boolean))];
/**
 * The last of those met is named with 과/와 ("B, C와 만나"), or two are joined by it ("B와 C를 면담했다"): the list
 * is who the subject met with, together.
 */
const metWith = (here: Mention[], met: string[]) => {
  const listed = here.filter((m) => met.includes(m.id));
  const with_ = (m?: Mention) => /^(과|와)$/.test(m?.particle ?? '');
  return with_(listed[listed.length - 1]) || (listed.length === 2 && with_(listed[0]));
};

/** Each of `met` named right after an organisation of their own (or, `withName`, with it: "B 삼성전자 CFO"), no
 * two the same, nor of one group (ids alike at the start: "롯데그룹", "롯데케미칼"). */
const ownOrganisations = (here: Mention[], met: string[], withName = false) => {
  const orgs = met.map((id) => {
    const k = here.findIndex((m) => m.id === id && m.kind === 'person');
    const before = here[k - 1];
    if (k > 0 && before.kind === 'organization' && before.last === here[k].first - 1) return before.id;
    return withName ? here[k]?.org : undefined;
  });
  const group = (o?: string) => o?.replace(/^org-/, '').slice(0, 4);
  return orgs.every((o) => o !== undefined) && new Set(withName ? orgs.map(group) : orgs).size === orgs.length;
};

function readEvents(s: Sentence, rawTokens: Token[], mentions: Mention[], ctx: EventContext): MeetingEvent[] {
  datesLast(s, mentions, ctx);
  const quoted = singleQuoted(s.text);
  // A title in quotes names no one ('3자 회의'), unless it is the title of a gathering for its guest ('A 대사 초청
  // 기업인 오찬간담회', 'A 대표와 중소기업인 간담회').
  const guestTitles = quoted.titles.filter(([from, to]) => EVENT_TITLE.test(s.text.slice(from + 1, to - 1)));
  const titles = quoted.titles.filter((span) => !guestTitles.includes(span));
  const tokens = rawTokens.map((t) => (inside(quoted.speech, t.start) ? { ...t, quoted: true } : t));
  const out: MeetingEvent[] = [];
  const leftOut = (m: Mention) => /^(제외|빼고|뺀)/.test(tokens[m.last + 1]?.text ?? '');
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

    // Those who sat in on a meeting reported ("이 자리엔 … 함께했다", "… 등이 배석했다"), and those a photo of it
    // shows ("왼쪽부터 A, B, C").
    // A photo's people name the group of a meeting with a group; which meeting is settled once all are read (the
    // caption may come before the report), in proposals.ts.
    if (PICTURED.test(s.text) && named.length >= 2) {
      ctx.pictured = named;
      out.push({
        ...base,
        principals: [],
        lead: 0,
        attendees: named,
        date: dateOf(resolved[0]),
        kind: 'meeting',
        cues: ['pictured'],
        tense: 'happened' as const,
        pictured: true,
      });
      continue;
    }
    // "간담회가 … 개최됐다. 남측에선 A, B 등이 … 참석했고": a gathering named before anyone, then its sides' lists.
    // Or named by the list itself, before any meeting is reported ("이날 신년인사회에는 A를 비롯한 … 참석했다").
    const opens = OCCASION_FIRST.exec(text);
    ctx.gathering ??=
      opens && !ctx.last && r.attend ? { date: dateOf(resolved[0]), kind: 'meeting', cue: opens[1] } : undefined;
    if (
      ctx.gathering &&
      !ctx.last &&
      named.length >= (opens ? 1 : 2) &&
      !r.planned &&
      base.tense === 'happened' &&
      // Not those who went along on a visit before ("국빈 방문 때 … 동행했다").
      !EARLIER.test(text) &&
      (r.attend || SIDE_OPENER.test(text))
    ) {
      out.push({
        ...base,
        principals: named,
        lead: 0,
        date: ctx.gathering.date,
        kind: ctx.gathering.kind,
        cues: [ctx.gathering.cue],
        tense: 'happened' as const,
        group: true,
      });
      ctx.gathering = undefined;
      continue;
    }
    const sat = attendance(
      text,
      here,
      tokens,
      named,
      r,
      ctx,
      resolved[0]?.value.date ?? (/이날/.test(text) || THIS_OCCASION.test(text) ? ctx.day : undefined),
      s.i,
    );
    if (sat) {
      const rest = tokens
        .slice(b + 1)
        .map((t) => t.text)
        .join(' ');
      // The meeting they sat in on is the one the next such list is about ("… 찾았다. 현대차에서는 … 맞았다").
      ctx.last = sat.of;
      out.push({
        ...base,
        principals: [],
        lead: 0,
        attendees: sat.attendees,
        of: sat.of,
        // "지난 22일 … 진행된 A와 B의 면담에는": the day told here, where the meeting was told with none.
        date:
          resolved[0] && sat.of.date && 'date' in sat.of.date && undated(sat.of.date)
            ? dateOf(resolved[0])
            : sat.of.date,
        kind: sat.of.kind,
        cues: [sat.cue],
        // "…도 참석할 예정이다" ("참석하고, … 자리할 계획이다"): who will sit in is not who sat in.
        tense:
          r.planned ||
          base.tense === 'planned' ||
          (/(고|며)$/.test(said[said.length - 1].text) && PLANNED_CUE.test(rest))
            ? ('planned' as const)
            : ('happened' as const),
        ...(sat.entourage ? { entourage: true } : {}),
        ...(sat.staff.length ? { staff: sat.staff } : {}),
      });
      continue;
    }

    // "4대 그룹 총수는 … 모임을 가졌다" under a photo of them ("(왼쪽부터) A, B, C, D"): the group is who the photo
    // shows, all of them principals. Only with a meeting word and no one named in the clause.
    const pictured =
      r.cue !== undefined && named.length === 0 && ctx.pictured && GROUP_SUBJECT.test(text)
        ? ctx.pictured.filter((id) => !excluded.includes(id))
        : undefined;
    // A clause whose subject is an organisation ("앞서 전경련은 작년 6월 … 회의를 개최했으며") tells its own act: not
    // the people of the clauses before, nor the meeting just reported.
    const byOrganisation =
      named.length === 0 &&
      (here.some((m) => m.kind === 'organization' && /^(은|는)$/.test(m.particle)) ||
        said.some((t) => /^(은|는)$/.test(t.particle) && (looksLikeOrg(t.stem) || fullName(t.stem) !== undefined)));
    // "중국측 관계자들은 … 예방했으며 전날에는 A를 만났다": a topic of unnamed others is the subject from there on.
    if (!subjects.length && said.some((t) => /^(은|는)$/.test(t.particle) && UNNAMED_OTHERS.test(t.stem)))
      ctx.subject = [];
    let who = uniq(pictured ?? (subjects.length ? subjects : byOrganisation ? [] : ctx.subject));
    // The meeting just reported, told on ("황 CEO는 이날 … 서밋이 열린 예술의전당에서 만나 대화를 나눴다"): a meeting
    // word with no one else named, said of someone who was at it.
    const continues =
      r.cue !== undefined &&
      !EVENT_KINDS.includes(r.cue.kind) &&
      ctx.last !== undefined &&
      partners.length === 0 &&
      who.length > 0 &&
      who.every((p) => ctx.last!.principals.includes(p));
    // An event attended ("워크숍에 참석했다", "미디어데이에 모습을 드러냈다"): its hosts, named with it, take part.
    if (r.eventKind && who.length && !continues) {
      const word = EVENT_CUES.find((e) => e.word.test(text))!.word;
      const at = said.findIndex((t) => word.test(t.text));
      const eventToken = at >= 0 ? tokens.indexOf(said[at]) : -1;
      const hosts = mentions
        .filter((m) => m.kind === 'organization' && eventToken >= 0 && m.last < eventToken && m.last >= eventToken - 3)
        .map((m) => ctx.headOf(m.id))
        .filter((id): id is string => id !== undefined);
      // "A 대사를 초청해 간담회를 개최했다", "A 대사 초청 간담회를 열었다": the guest invited to what the host held
      // took part in it.
      const invitedBefore = here.filter((m) => m.kind === 'person' && /^초청/.test(tokens[m.last + 1]?.text ?? ''));
      // "A 후보와 B 회장이 간담회에 참석했다": both the subject, together; not "A와 대화를 마친 B는".
      const withSubject = here
        .filter(
          (m, k) =>
            m.kind === 'person' &&
            /^(과|와)$/.test(m.particle) &&
            here[k + 1]?.first === m.last + 1 &&
            subjects.includes(here[k + 1].id),
        )
        .map((m) => m.id);
      // "A는 B 장관과 함께 서명식에 참석했다": who came with the subject took part too.
      const together = here
        .filter(
          (m) => m.kind === 'person' && /^(과|와)$/.test(m.particle) && /^함께/.test(tokens[m.last + 1]?.text ?? ''),
        )
        .map((m) => m.id);
      // "A는 B 등 경제인들과 간담회를 열고": those the subject held it with took part.
      const heldWith = at >= 0 && /^(열고|열어|열었|개최)/.test(said[at + 1]?.text ?? '');
      const invited = uniq([
        ...(INVITED.test(text) || heldWith ? partners : []),
        ...invitedBefore.map((m) => m.id),
        ...withSubject,
        ...together,
      ]).filter((id) => !who.includes(id));
      out.push({
        ...base,
        principals: uniq([...who, ...hosts, ...invited]),
        lead: who.length,
        date: dateOf(resolved[0]),
        kind: r.eventKind,
        ...(eventNameIn(text) ? { eventName: eventNameIn(text) } : {}),
        cues: [text.match(word)![0]],
      });
      const same = r.cue !== undefined && word.test(r.cue.text);
      // "오찬 간담회에서 A와 기념촬영을 하고 있다": a word of meeting after the event's tells a meeting at it.
      const eventEnd = text.search(word) + text.match(word)![0].length;
      const cueAfter = MEETING_CUES.some((c) => c.stem.test(text.slice(eventEnd)));
      if (!r.cue || same || !cueAfter || partners.length === 0) {
        ctx.subject = who;
        continue;
      }
    }
    if (!r.cue) {
      // "손영식 대표가 직접 매장을 소개했다": who does something for the one the sentences are about (이/가) does not
      // take over from them; a new topic (은/는) does.
      const topical = here.some(
        (m, k) => subjects.includes(m.id) && roleOf(roleParticle(m, tokens, here[k + 1])) !== 'subject',
      );
      if (subjects.length && (topical || ctx.subject.length === 0)) ctx.subject = uniq(subjects);
      continue;
    }

    // A meeting: its principals are the subject and everyone met.
    let met = uniq(partners).filter((id) => !who.includes(id));
    // "대한상의와 한국노총은 2017년 9월 대표자 간담회 이후": what organisations did years before was not by the heads
    // data/ records now.
    const yearsBefore = resolved.some(
      (d) => d.value.date < `${Number(ctx.published.slice(0, 4)) - 1}${ctx.published.slice(4, d.value.date.length)}`,
    );
    if (yearsBefore) {
      const heads = here
        .filter((m) => m.kind === 'organization' && /^(은|는|이|가|과|와)$/.test(m.particle))
        .map((m) => ctx.headOf(m.id));
      const byName = here.filter((m) => m.kind === 'person').map((m) => m.id);
      const stood = (id: string) => heads.includes(id) && !byName.includes(id);
      who = who.filter((id) => !stood(id));
      met = met.filter((id) => !stood(id));
    }
    // "이번 회의는 2022년 7월 서울 개최 이후 …": a gathering years before, naming no one, is not the story's people's
    // (unless said of them: "두 사람은 2019년 처음 만났다").
    const recalledUnnamed = yearsBefore && named.length === 0 && !GROUP_REF.test(text);
    if (recalledUnnamed && subjects.length === 0) who = [];
    // "B와의 면담에서 B는 …라고 말했다": the one met speaks; who met them is whom the sentences before were about.
    const speaksAtOwn = here.filter(
      (m) =>
        m.kind === 'person' &&
        /^(과|와)의$/.test(m.particle) &&
        MEETING_NOUN.test(tokens[m.last + 1]?.stem ?? '') &&
        who.includes(m.id),
    );
    if (met.length === 0 && speaksAtOwn.length && ctx.subject.length && !ctx.subject.some((id) => who.includes(id))) {
      met = speaksAtOwn.map((m) => m.id);
      who = [...ctx.subject];
    }
    // "이 협의체는 지난 5월 정상회담에서 합의한 … 후속조치로": what a summit of others agreed, no meeting of the clause's
    // people, where no head of state is named.
    const headOfState = here.some((m) => m.kind === 'person' && HEAD_OF_STATE.test(m.title ?? ''));
    if (/정상\s?회담에서\s+(합의|논의|채택|발표)(한|된)/.test(text) && !headOfState) continue;
    // "한·UAE 정상회담에서 A 대통령은 … B 대통령의 방한을 요청했고": at a summit, the other head of state the sentence
    // names is who the subject met.
    if (met.length === 0 && who.length === 1 && /정상\s?회담/.test(text))
      met = uniq(
        mentions
          .filter(
            (m) => m.kind === 'person' && !m.quoted && !tokens[m.first].quoted && HEAD_OF_STATE.test(m.title ?? ''),
          )
          .map((m) => m.id),
      ).filter((id) => !who.includes(id));
    // Visiting an organisation's offices to meet ("오픈AI 본사를 방문해 면담했다"): its head is who was met.
    if (met.length === 0)
      for (const m of here) {
        const venue = tokens[m.last + 1];
        if (
          m.kind !== 'organization' ||
          m.particle ||
          !venue ||
          !VENUE.test(venue.stem) ||
          !/^(을|를)$/.test(venue.particle)
        )
          continue;
        if (
          !/방문|찾아|찾았/.test(
            tokens
              .slice(m.last + 2, m.last + 4)
              .map((t) => t.text)
              .join(' '),
          )
        )
          continue;
        const head = ctx.headOf(m.id);
        if (head && !who.includes(head)) met.push(head);
      }
    // Names in a headline without particles: only a list the text counts ("이재용-손정의-올트먼, 3자 회동").
    // A name's particle may sit on the list it ends ("A 사장 등과", "A 사장 등 경영진과").
    const marked = here.some((m, k) => roleParticle(m, tokens, here[k + 1]) !== '') || subjects.length > 0;
    const parties = /([0-9]|삼|사|오)자\s?(회동|회담|회의|만남)/.exec(text);
    if (!marked && named.length > 0) {
      const n = parties ? (({ 삼: 3, 사: 4, 오: 5 } as Record<string, number>)[parties[1]] ?? Number(parties[1])) : 0;
      if (!n || named.length !== n) continue;
    }
    // "총수들을 만났다", "회장들을 초청해 만찬을 함께 했다": a meeting with a group the text does not name here. The
    // people who "함께했다" next, or the ones already reported at a meeting of the same people, are that group.
    // With a group and someone named ("재계 총수들과 젠슨 황 CEO를 만나"), the group is still to be named.
    const group = who.length > 0 && GROUP_NOUN.test(text);
    // The meeting just reported, told on: one with each of them if that one was ("연이어 만났다 … 회동에서"); in this
    // sentence too ("회담을 한 뒤 만찬을 가졌다").
    let inherited: MeetingEvent | undefined;
    const toldLast = [...out].reverse().find((e) => e.principals.length > 1 && e.tense === 'happened') ?? ctx.last;
    // "이번 면담은 지난해 11월 양사가 … 체결한 뒤 … 이뤄졌다": the news's meeting told on, whatever companies the
    // clause names (their heads met no one in it).
    const toldOn = named.length === 0 && toldLast !== undefined && THIS_MEETING.test(text);
    // "이에 앞서 14일 A는 B 부장과 회담을 통해 …": the subject alone, on a day of its own, is at another meeting.
    const lastDay = toldLast?.date && 'date' in toldLast.date ? toldLast.date.date : undefined;
    const otherDay = resolved.some(
      (d) => d.value.precision === 'day' && lastDay?.length === 10 && d.value.date !== lastDay && !d.future,
    );
    if (
      !group &&
      !pictured &&
      !recalledUnnamed &&
      (met.length === 0 || toldOn) &&
      toldLast &&
      (!byOrganisation || toldOn) &&
      ((continues && !otherDay) || named.length === 0 || (who.length <= 1 && GROUP_REF.test(text)))
    ) {
      who = [...toldLast.principals];
      met = [];
      inherited = toldLast;
    }
    // Where the meeting's word is in the clause, and the word before it.
    const cueIndex = said.findIndex((t) => t.text.includes(r.cue!.text.split(/\s/)[0]));
    const before = cueIndex > 0 ? said[cueIndex - 1] : undefined;
    // "A, B 등 기업인들이 한국을 찾았다": a party's visit to a country that ends the clause meets no one.
    if (
      VISIT.test(r.cue.text) &&
      met.length === 0 &&
      who.length >= 2 &&
      cueIndex === said.length - 1 &&
      /^(을|를)$/.test(before?.particle ?? '') &&
      COUNTRIES.has(before!.stem)
    )
      continue;
    // "A를 비롯해 B, C 등이 연구소를 찾았다": a party visiting together meets no one among itself; with the meeting
    // just reported, those who came with its principal sat in on it.
    if (VISIT.test(r.cue.text) && met.length === 0 && who.length >= 2 && !group) {
      const last = ctx.last;
      const came = who.filter((p) => !last?.principals.includes(p));
      if (last && came.length < who.length && came.length)
        out.push({
          ...base,
          principals: [],
          lead: 0,
          attendees: came,
          of: last,
          date: last.date,
          kind: last.kind,
          cues: [r.cue.text],
          tense: 'happened' as const,
        });
      continue;
    }
    // Met someone the text does not name as a person ("취재진과 만나"): not a meeting to record. A group ("총수들을
    // 만났다") is named in the sentences after.
    const unnamedMet =
      before && /^(과|와|을|를)$/.test(before.particle) && !here.some((m) => tokens[m.last] === before);
    // "경제계 인사를 만난 A 대통령은 B 대통령과 함께 …를 방문한 후": the meeting's verb, as an adnominal, is of those
    // before it; who is named after its subject is of another act.
    const at = tokens.indexOf(said[cueIndex]);
    const head = here.find((m) => m.first === at + 1);
    if (unnamedMet && PAST_ADNOMINAL.test(said[cueIndex].text) && head && /^(은|는|이|가)$/.test(head.particle))
      met = met.filter((id) => here.some((m) => m.id === id && m.last < at));
    if (!group && met.length === 0 && unnamedMet) continue;
    const principals = uniq([...who, ...met]);
    // Held, with no one named ("만찬이 열렸다"): a gathering, whoever the sentences before were about.
    if (
      subjects.length === 0 &&
      met.length === 0 &&
      named.length === 0 &&
      base.tense === 'happened' &&
      s.role === 'body' &&
      /개최됐|열렸|진행됐|성사됐/.test(text)
    )
      ctx.gathering = { date: dateOf(resolved[0]), kind: r.cue.kind, cue: r.cue.text };
    // A subject with no one met in its clause ("윤 대통령은 정상회담 이후 A, B와 면담"): still the one who acts next.
    if (principals.length < 2 && !group) {
      if (subjects.length) ctx.subject = uniq(subjects);
      continue;
    }
    // "A, B, C를 만났다" is one meeting with each; so is "A와 B가 연이어 C와 만났다", said in so many words.
    const separately =
      inherited?.separately ||
      (!r.cue.joint &&
        !TOGETHER.test(text) &&
        // "B, C를 만나" is one meeting with each; "B와 C 등을 만나" and "B, C와 만나", a group met together.
        ((met.length >= 2 &&
          (SEPARATELY.test(s.text) ||
            // Not in a photo that places each of them ("B(가운데), C(왼쪽)를 만나"): together in one picture.
            (/만나|면담/.test(r.cue.text) &&
              !/등(을|과|와|에게|도)\s/.test(text) &&
              !metWith(here, met) &&
              !(s.role === 'caption' && PHOTO_PLACES.test(s.text))) ||
            // "B 삼성전자 CFO와 C 한화 부회장을 만났으며": people of two companies, each met in their own.
            (/만났/.test(r.cue.text) && !/등(을|과|와|에게|도)\s/.test(text) && ownOrganisations(here, met, true)) ||
            // A courtesy call on people of different organisations, each named with their own ("A당 B 원내대표와
            // C당 D 대표를 예방했다"): a call on each.
            (/예방/.test(r.cue.text) && ownOrganisations(here, met)))) ||
          (who.length >= 2 && met.length === 1 && SEPARATELY.test(s.text))));
    // Where in the clause each one met is named, for their own days ("25일 A, 26일 B와 차례로 만났다").
    const offset = new Map<Token, number>();
    said.reduce((at, t) => (offset.set(t, at), at + t.text.length + 1), 0);
    const ownDays = separately
      ? daysOfEach(
          here.filter((m) => met.includes(m.id)).map((m) => ({ id: m.id, at: offset.get(tokens[m.first]) ?? -1 })),
          resolved,
        )
      : undefined;
    const kind = r.cue.kind;
    const earlierDates = /에\s*이어|이후|\s후\s|만에/.test(text) && resolved.length > 1 ? resolved : [];
    // "이날 회동은 …": the day of the meeting told on, not the day of the story.
    // Not where the clause's own time is one the calendar does not settle ("여러 차례 만나왔다", "2021년 …").
    const own = dateOf();
    const ownUnsettled = !resolved.length && own !== null && !('date' in own);
    const sameDay =
      inherited &&
      !ownUnsettled &&
      (!resolved.length || /^(이날|이 날|당일|그날|그 날)$/.test(resolved[0].value.cue) || THIS_MEETING.test(text));
    // "17일 A 의장 등을 시작으로 20, 23, 24일 … 두루 만났다": those named were met on the day before their names, when
    // the days nearer the verb name no one.
    const metAt = here.filter((m) => met.includes(m.id)).map((m) => offset.get(tokens[m.first]) ?? -1);
    const nearVerb = dateBefore(resolved, text, text.indexOf(r.cue.text));
    const ownDate =
      (nearVerb && metAt.length && metAt.every((at) => at >= 0 && at < nearVerb.start)
        ? dateBefore(resolved, text, Math.min(...metAt))
        : undefined) ??
      nearVerb ??
      resolved[0];
    // "이번 만찬에서 A와 B는 지난 1월에 열린 회의를 … 평가했다": what was said at the news's meeting about one before.
    if (AT_THIS_OCCASION.test(text) && ownDate && ownDate.value.date < ctx.day.slice(0, ownDate.value.date.length)) {
      if (subjects.length) ctx.subject = uniq(subjects);
      continue;
    }
    const readings = earlierDates.length
      ? earlierDates.map((d) => dateOf(d))
      : [sameDay && inherited ? inherited.date : dateOf(ownDate)];
    for (const date of readings)
      out.push({
        ...base,
        principals,
        lead: inherited?.separately ? inherited.lead : who.length,
        date,
        kind,
        // A lunch is at midday, a dinner in the evening, whatever else the clause's time words say.
        ...(!base.time && (kind === 'lunch' || kind === 'dinner')
          ? { dayPart: kind === 'lunch' ? ('midday' as const) : ('evening' as const) }
          : {}),
        cues: [r.cue.text],
        separately,
        ...(ownDays ? { daysOf: Object.fromEntries([...ownDays].map(([id, d]) => [id, dateOf(d)])) } : {}),
        ...(group ? { group: true } : {}),
        ...(excluded.length ? { excluded } : {}),
        // Told in words of no kind of their own ("이야기를 나눴다"): a meal or a talk told after it is another meeting.
        ...(sameDay && inherited && !inherited.separately && !earlierDates.length && kind === 'meeting'
          ? { tellsOn: inherited }
          : {}),
      });
    // Who came with the subject ("A 장관 등과 함께 공장을 방문한 B 총리는") sat in on what the subject did.
    const came = companions.filter((id) => !principals.includes(id));
    const meeting = out[out.length - 1];
    if (came.length && meeting.tense === 'happened')
      out.push({ ...meeting, principals: [], lead: 0, attendees: came, of: meeting, entourage: true });
    if (subjects.length) ctx.subject = uniq(subjects);
  }
  const happened = out.filter((e) => e.principals.length > 0 && e.tense === 'happened');
  ctx.meetings.push(...happened);
  if (happened.length) ctx.last = happened[happened.length - 1];
  return out;
}

/**
 * The business groups a person belongs to: those data/ records, and a group whose name starts the name of the
 * organisation the article prints with them ("삼성SDI" of 삼성그룹).
 */
function groupFinder(known: Known, ctx: MentionContext) {
  const groups = [...known.entities.values()].filter((e) => e.kind === 'organization' && /.{2,}그룹$/.test(e.ko));
  const ofName = (name: string) => groups.filter((g) => name.startsWith(g.ko.slice(0, -2))).map((g) => g.id);
  return (person: string): string[] => {
    const recorded = known.entities.get(person);
    const proposed = [...ctx.people.values()].find((p) => p.id === person);
    const orgs = [
      ...(recorded?.orgs ?? []),
      ...(proposed?.org ? [proposed.org] : []),
      ...(ctx.seen.get(person)?.orgs ?? []),
    ];
    const names = orgs.map(
      (o) => known.entities.get(o)?.ko ?? [...ctx.organizations.values()].find((x) => x.id === o)?.name.ko ?? '',
    );
    return [
      ...new Set([...orgs.flatMap((o) => known.entities.get(o)?.parent ?? []), ...orgs, ...names.flatMap(ofName)]),
    ].filter((o) => groups.some((g) => g.id === o));
  };
}

/** The person who stands for an organisation in this article: the one of its people named most. */
function headFinder(known: Known, ctx: MentionContext) {
  return (org: string): string | undefined => {
    let best: string | undefined;
    let most = 0;
    for (const [id, seen] of ctx.seen) {
      const proposed = [...ctx.people.values()].find((p) => p.id === id);
      const first = known.entities.get(id)?.orgs[0] ?? proposed?.org;
      // Never an association's standing deputy ("김창범 한경협 상근부회장"), who runs its office, nor one of its
      // staff ("강석구 조사본부장"): only who holds a head's title.
      const titles = [...seen.titles, ...(proposed?.title ? [proposed.title] : [])];
      if (
        titles.some((t) => /^상근/.test(t)) ||
        (titles.length > 0 && !titles.some((t) => HEAD_OF_ORG.test(t.replace(/\(.*?\)/g, '').trim())))
      )
        continue;
      // The organisation of data/, or the one the article prints with the post ("최태원 대한상의 회장"); a chairman
      // before a secretary general, who heads an association's office ("와다 류코 게이단렌 사무총장").
      const weight = seen.count + (titles.some((t) => /사무총장$/.test(t)) ? 0 : 100);
      if ((first === org || seen.orgs.has(org)) && weight > most) [best, most] = [id, weight];
    }
    return best;
  };
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

/** A clause that opens on the gathering it speaks of ("이날 신년인사회에는 …"). */
const OCCASION_FIRST = new RegExp(`^(?:(?:이날|이번|오늘)\\s)?[가-힣0-9]*?${OCCASION.source}`);

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
    // on the day it was taken, and leaves the story's day alone.
    const stamp =
      s.role === 'caption'
        ? [s, said[i + 1]]
            .filter((x) => x?.role === 'caption')
            .map((x) => photoDay(x!.text))
            .find(Boolean)
        : undefined;
    if (!stamp || stamp >= published) return readEvents(s, named.tokens[i], named.bySentence[i], context);
    const { day, dayCue } = context;
    Object.assign(context, { published: stamp, day: stamp, dayCue: undefined });
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
