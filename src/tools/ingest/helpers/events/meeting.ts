// A clause that reports a meeting: its principals (the subject and everyone met), one meeting or one with each, and
// its date.
import {
  AT_THIS_OCCASION,
  COUNTRIES,
  GROUP_NOUN,
  GROUP_REF,
  HEAD_OF_STATE,
  MEETING_NOUN,
  PAST_ADNOMINAL,
  PHOTO_PLACES,
  SEPARATELY,
  SIGNED,
  LISTED_TOGETHER,
  THIS_MEETING,
  TOGETHER,
  VENUE,
  VISIT,
} from '../../korean/lexicon';
import type { Token } from '../../korean/tokens';
import { cueAt, roleParticle } from '../clauses';
import { daysOfEach } from '../clauseDates';
import { dateBefore } from '../../korean/dates';
import type { EventContext, MeetingEvent, Mention } from '../../pipeline/types';
import { uniq } from './attended';
import type { Actors, Clause } from './types';

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

/** The meetings a clause with a meeting's word reports (none where it turns out to tell of no one met). */
export function meetingsIn(c: Clause, ctx: EventContext, actors: Actors): MeetingEvent[] {
  const {
    s,
    r,
    text,
    said,
    tokens,
    here,
    mentions,
    named,
    excluded,
    subjects,
    partners,
    companions,
    resolved,
    dateOf,
    base,
  } = c;
  if (!r.cue) return [];
  const { pictured, byOrganisation, continues } = actors;
  let who = actors.who;
  const found: MeetingEvent[] = [];
  let met = uniq(partners).filter((id) => !who.includes(id));
  // "대한상의와 한국노총은 2017년 9월 대표자 간담회 이후": what organisations did years before was not by the heads
  // data/ records now.
  const yearsBefore = resolved.some(
    (d) => d.value.date < `${Number(ctx.published.slice(0, 4)) - 1}${ctx.published.slice(4, d.value.date.length)}`,
  );
  // Nor what organisations signed ("SK하이닉스는 … TSMC와 양해각서를 체결했다"): a company signs for itself, and only
  // those the clause names signed.
  // Those the sentence named as people before this clause count too ("A 지사가 취임 이후 … B 사장과 협약을 체결했다").
  const from = tokens.indexOf(said[0]);
  const byName = uniq([
    ...here.filter((m) => m.kind === 'person').map((m) => m.id),
    ...mentions.filter((m) => m.kind === 'person' && m.last < from && who.includes(m.id)).map((m) => m.id),
  ]);
  const signed = SIGNED.test(r.cue.text);
  if (signed && byName.length < 2) return [];
  if (yearsBefore || signed) {
    const heads = here
      .filter((m) => m.kind === 'organization' && /^(은|는|이|가|과|와)$/.test(m.particle))
      .map((m) => ctx.headOf(m.id));
    const stood = (id: string) => (heads.includes(id) || signed) && !byName.includes(id);
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
  if (/정상\s?회담에서\s+(합의|논의|채택|발표)(한|된)/.test(text) && !headOfState) return [];
  // "한·UAE 정상회담에서 A 대통령은 … B 대통령의 방한을 요청했고": at a summit, the other head of state the sentence
  // names is who the subject met.
  if (met.length === 0 && who.length === 1 && /정상\s?회담/.test(text))
    met = uniq(
      mentions
        .filter((m) => m.kind === 'person' && !m.quoted && !tokens[m.first].quoted && HEAD_OF_STATE.test(m.title ?? ''))
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
    if (!n || named.length !== n) return [];
  }
  // "총수들을 만났다", "회장들을 초청해 만찬을 함께 했다": a meeting with a group the text does not name here. The
  // people who "함께했다" next, or the ones already reported at a meeting of the same people, are that group.
  // With a group and someone named ("재계 총수들과 젠슨 황 CEO를 만나"), the group is still to be named.
  const group = who.length > 0 && GROUP_NOUN.test(text);
  // The meeting just reported, told on: one with each of them if that one was ("연이어 만났다 … 회동에서"); in this
  // sentence too ("회담을 한 뒤 만찬을 가졌다").
  let inherited: MeetingEvent | undefined;
  const toldLast = [...c.before].reverse().find((e) => e.principals.length > 1 && e.tense === 'happened') ?? ctx.last;
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
    return [];
  // "A를 비롯해 B, C 등이 연구소를 찾았다": a party visiting together meets no one among itself; with the meeting
  // just reported, those who came with its principal sat in on it.
  if (VISIT.test(r.cue.text) && met.length === 0 && who.length >= 2 && !group) {
    const last = ctx.last;
    const came = who.filter((p) => !last?.principals.includes(p));
    if (last && came.length < who.length && came.length)
      found.push({
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
    return found;
  }
  // Met someone the text does not name as a person ("취재진과 만나"): not a meeting to record. A group ("총수들을
  // 만났다") is named in the sentences after.
  const unnamedMet = before && /^(과|와|을|를)$/.test(before.particle) && !here.some((m) => tokens[m.last] === before);
  // "경제계 인사를 만난 A 대통령은 B 대통령과 함께 …를 방문한 후": the meeting's verb, as an adnominal, is of those
  // before it; who is named after its subject is of another act.
  const at = tokens.indexOf(said[cueIndex]);
  const head = here.find((m) => m.first === at + 1);
  if (unnamedMet && PAST_ADNOMINAL.test(said[cueIndex].text) && head && /^(은|는|이|가)$/.test(head.particle))
    met = met.filter((id) => here.some((m) => m.id === id && m.last < at));
  // The subject still acts in the clauses after ("A 장관이 단체들과 만나 간담회를 가졌다").
  if (!group && met.length === 0 && unnamedMet) {
    if (subjects.length) ctx.subject = uniq(subjects);
    return [];
  }
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
    // "A 장관이 … 간담회를 가졌다": a gathering its host held, whose list of those there may follow.
    if (
      principals.length === 1 &&
      base.tense === 'happened' &&
      /가졌|열었|개최했|함께\s?(했|하며|하면서|하고)/.test(text.slice(text.indexOf(r.cue.text)))
    )
      ctx.gathering ??= { date: dateOf(resolved[0]), kind: r.cue.kind, cue: r.cue.text, hosts: principals };
    return [];
  }
  // "A, B, C를 만났다" is one meeting with each; so is "A와 B가 연이어 C와 만났다", said in so many words.
  const apart =
    inherited?.separately ||
    (!r.cue.joint &&
      !TOGETHER.test(text) &&
      // "B, C를 만나" is one meeting with each; "B와 C 등을 만나" and "B, C와 만나", a group met together.
      ((met.length >= 2 &&
        (SEPARATELY.test(s.text) ||
          // Not in a photo that places each of them ("B(가운데), C(왼쪽)를 만나"): together in one picture.
          (/만나|면담/.test(r.cue.text) &&
            !LISTED_TOGETHER.test(text) &&
            !metWith(here, met) &&
            !(s.role === 'caption' && PHOTO_PLACES.test(s.text))) ||
          // "B 삼성전자 CFO와 C 한화 부회장을 만났으며": people of two companies, each met in their own.
          (/만났/.test(r.cue.text) && !LISTED_TOGETHER.test(text) && ownOrganisations(here, met, true)) ||
          // A courtesy call on people of different organisations, each named with their own ("A당 B 원내대표와
          // C당 D 대표를 예방했다", "B 포르투갈 총리와 C 덴마크 총리를 예방하고"): a call on each.
          (/예방/.test(r.cue.text) && ownOrganisations(here, met, true)))) ||
        (who.length >= 2 && met.length === 1 && SEPARATELY.test(s.text))));
  // Where in the clause each one met is named, for their own days ("25일 A, 26일 B와 차례로 만났다"). Each with a day
  // or month of their own ("작년 12월 A, 올해 1월 B를 만났다") met apart: one meeting has one date.
  const offset = new Map<Token, number>();
  said.reduce((at, t) => (offset.set(t, at), at + t.text.length + 1), 0);
  const eachDays =
    met.length >= 2
      ? daysOfEach(
          here.filter((m) => met.includes(m.id)).map((m) => ({ id: m.id, at: offset.get(tokens[m.first]) ?? -1 })),
          resolved,
        )
      : undefined;
  const separately = apart || (eachDays !== undefined && !r.cue.joint);
  const ownDays = separately ? eachDays : undefined;
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
  const nearVerb = dateBefore(resolved, text, cueAt(text, r.cue.text));
  const ownDate =
    (nearVerb && metAt.length && metAt.every((at) => at >= 0 && at < nearVerb.start)
      ? dateBefore(resolved, text, Math.min(...metAt))
      : undefined) ??
    nearVerb ??
    resolved[0];
  // "이번 만찬에서 A와 B는 지난 1월에 열린 회의를 … 평가했다": what was said at the news's meeting about one before.
  if (AT_THIS_OCCASION.test(text) && ownDate && ownDate.value.date < ctx.day.slice(0, ownDate.value.date.length)) {
    if (subjects.length) ctx.subject = uniq(subjects);
    return [];
  }
  // "작년 12월 A, 올해 1월 B에 이어": each earlier date with the people named after it, where each has some.
  const people = here
    .filter((m) => m.kind === 'person' && !who.includes(m.id))
    .map((m) => ({ id: m.id, at: offset.get(tokens[m.first]) ?? -1 }));
  const after = earlierDates.map((d, k) =>
    people.filter((m) => m.at > d.start && m.at < (earlierDates[k + 1]?.start ?? Infinity)).map((m) => m.id),
  );
  const byDate = earlierDates.length > 1 && after.every((ids) => ids.length > 0);
  // "지난 20일 X 간담회에 이어 27일 A와 B는 …": everyone is named after the last day, which is theirs alone.
  const last = earlierDates[earlierDates.length - 1];
  const namedAt = here.filter((m) => m.kind === 'person').map((m) => offset.get(tokens[m.first]) ?? -1);
  const allAfterLast = last && namedAt.length > 0 && namedAt.every((at) => at > last.start);
  const readings = allAfterLast
    ? [{ date: dateOf(last), principals }]
    : earlierDates.length
      ? earlierDates.map((d, k) => ({ date: dateOf(d), principals: byDate ? uniq([...who, ...after[k]]) : principals }))
      : [{ date: sameDay && inherited ? inherited.date : dateOf(ownDate), principals }];
  for (const reading of readings)
    found.push({
      ...base,
      principals: reading.principals,
      lead: inherited?.separately ? inherited.lead : who.length,
      date: reading.date,
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
  const meeting = found[found.length - 1];
  if (came.length && meeting.tense === 'happened')
    found.push({ ...meeting, principals: [], lead: 0, attendees: came, of: meeting, entourage: true });
  if (subjects.length) ctx.subject = uniq(subjects);
  return found;
}
