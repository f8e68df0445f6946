// The dates of one clause: which the meeting's is, what a clause without one falls back on (the date carried from
// the clause before, the story's day), and how the clause moves the story's day and year for the ones after it.
import {
  ARRIVED,
  ASKED_FOR,
  EARLIER,
  FIRST_AFTER,
  HOSTED,
  HOSTED_GATHERING,
  STAY,
  STAY_DAYS,
  PAST_ADNOMINAL,
  SINCE,
  TENURE_ACT,
  TOLD_ON_DAY,
} from '../korean/lexicon';
import type { DateFound } from '../korean/dates';
import type { ClauseReading } from './clauses';
import type { EventContext, MeetingEvent, ResolvedDate, Sentence } from '../pipeline/types';

/** The cue of a date no words gave: the day the article is published. */
export const UNDATED = '(the day the article reports)';

export interface ClauseDates {
  /** The clause's dates that the calendar settles, less those of another act ("20일 방한한"). */
  resolved: (DateFound & { value: ResolvedDate })[];
  /** The date of a report of this clause dated `d`, or undated. */
  dateOf(d?: DateFound): MeetingEvent['date'];
  /** The date the next clause of the sentence carries. */
  carried: ResolvedDate | undefined;
}

export function clauseDates(
  text: string,
  r: ClauseReading,
  s: Sentence,
  ctx: EventContext,
  carried: ResolvedDate | undefined,
): ClauseDates {
  // "20일 방한한 게이츠는 이날 …": a date on a verb's adnominal dates that act, not the clause's meeting.
  const actAfter = (d: DateFound) => {
    const words = text.slice(d.end).trim().split(/\s/);
    // "지난 8월 새롭게 출범한": an adverb may come between.
    return (/[게히]$/.test(words[0] ?? '') ? words[1] : words[0]) ?? '';
  };
  // "15일 마련한 '30대 그룹 간담회'": a gathering's hosting dates the gathering.
  const hosted = (d: DateFound) =>
    HOSTED.test(actAfter(d)) && HOSTED_GATHERING.test(text.slice(text.indexOf(actAfter(d), d.end)).slice(0, 30));
  const ofAct = (d: DateFound) =>
    /^[가-힣]+(한|된|던)$/.test(actAfter(d)) && !PAST_ADNOMINAL.test(actAfter(d)) && !hosted(d);
  // The clause may end before the words that tell what its date is of ("… 이후 | 약 10개월 만에 열렸다"): read on
  // in the sentence.
  const inSentence = Math.max(0, s.text.indexOf(text));
  const after = (d: DateFound) => s.text.slice(inSentence + d.end);
  // "올 2월 … CEO에 취임한 뒤 … 만났다": a date a few words before taking up a post dates that, and nothing else.
  // "이달 3일부로 착임했다": a day an appointment takes effect from.
  const ofTenure = (d: DateFound) => {
    const words = after(d).trim().split(/\s+/).slice(0, 6);
    return /^(부로|자로)/.test(after(d)) || words.some((w) => TENURE_ACT.test(w.replace(/[.,]+$/, '')));
  };
  // "회의는 지난해 12월 4일 비공개회의 이후 약 10개월 만에 열렸다": the day counted from is another gathering's.
  const countedFrom = (d: DateFound) => SINCE.test(after(d).slice(0, 40)) || FIRST_AFTER.test(after(d).slice(0, 40));
  // "지난 10일부터 닷새간 … 만나": a day that opens a stay dates what was done in it to the month only.
  // Only a stay within its month: one that runs into the next leaves the day as it was.
  const opensStay = (d: DateFound & { value: ResolvedDate }) => {
    const m = STAY.exec(text.slice(d.end));
    if (!m) return false;
    const days = STAY_DAYS[m[2]] ?? Number(/(\d+)\s*일/.exec(m[2])?.[1] ?? 99);
    const end = new Date(Date.parse(d.value.date) + (days - 1) * 86_400_000).toISOString().slice(0, 7);
    return end === d.value.date.slice(0, 7);
  };
  type Dated = DateFound & { value: ResolvedDate };
  // A day read only to its month.
  const toMonth = (d: Dated): Dated =>
    d.value.precision === 'day'
      ? { ...d, value: { ...d.value, date: d.value.date.slice(0, 7), precision: 'month' } }
      : d;
  // "지난달 19일 … '막걸리 회동'을 제안해 이날 자리가 성사됐다": the day a meeting was proposed.
  const ofAsking = (d: DateFound) =>
    /^[^.]{0,40}?(회동|만남|면담|회담|오찬|만찬)['’"”]?(을|를)\s(제안|요청)/.test(text.slice(d.end));
  // "포항제철소 1기 종합준공(1973년7월 3일) 50주년 기념행사": a date in brackets after a noun glosses that noun.
  // The clause's text has its brackets taken out: look in the sentence's.
  const gloss = (d: DateFound) => {
    const at = s.text.indexOf(`(${text.slice(d.start, d.end)})`);
    return at > 0 && /[가-힣\w]/.test(s.text[at - 1]);
  };
  // "(지난) 21일 한국을 찾은 A가 이날 오후 … 만찬에서": before the story has a day, 이날 is the day the clause has
  // just named.
  const daysBefore = (d: Dated) =>
    r.dates.filter(
      (x): x is Dated =>
        x.start < d.start &&
        'date' in x.value &&
        x.value.precision === 'day' &&
        /^(지난\s?)?\d{1,2}일$/.test(x.value.cue) &&
        !x.future,
    );
  const thatDay = (d: Dated): Dated => {
    const before = !ctx.dayCue && /^(이날|같은 날)$/.test(d.value.cue) ? daysBefore(d).pop() : undefined;
    return before ? { ...d, value: { ...d.value, date: before.value.date } } : d;
  };
  const datedAll = r.dates
    .filter((d): d is Dated => 'date' in d.value && !ofTenure(d) && !countedFrom(d) && !ofAsking(d) && !gloss(d))
    .map((d) => (opensStay(d) ? toMonth(d) : thatDay(d)));
  // "이날 만남은 A가 지난 20일 B와 … 방문한 영향이다": 이날 names the topic, the meeting of the news; the clause's act
  // is of the other day.
  const ofTopic = (d: Dated) =>
    /^(이날|이번)$/.test(d.value.cue) &&
    /^\s?(만남|회동|면담|회담|오찬|만찬|행사|간담회)(은|는)\s/.test(text.slice(d.end));
  const dated = datedAll.some((d) => !ofTopic(d)) ? datedAll.filter((d) => !ofTopic(d)) : datedAll;
  // A clause told as so long since another day is of the story's day, not of another act's.
  const since = r.dates.some(countedFrom);
  // With no other date, an arrival's ("17일 방한한 B는 … 회동에서") dates the visit's meetings; another act's
  // ("9일 준공한 공장에 관해 설명했고") dates nothing of the meeting.
  // Told as before the news ("4일 방한한 B는 앞서 … 만났으며"): on some day of the visit, its month.
  const ownDates = dated.filter((d) => !ofAct(d));
  const month = (d: Dated) => (/(^|\s)앞서(\s|$)/.test(text) ? toMonth(d) : d);
  // "25일 … 대통령을 접견한 소감을 전했다": the day of the telling; the meeting was before it, on a day told elsewhere.
  const toldAfter = /(만난|만났던|접견한|회동한|면담한)\s(소감|후기|소회|뒷얘기|뒷이야기)/.test(text);
  // "두 사람의 만남은 이틀 전인 11일 A가 먼저 제안했다": the day the meeting was asked for.
  const lastWord = text.trim().split(/\s+/).pop() ?? '';
  const askedOn = /(만남|회동|면담|회담|오찬|만찬)(은|는)\s/.test(text) && ASKED_FOR.test(lastWord);
  // "10일 LS전선은 … 지난 9일 만찬을 가졌다고 밝혔다": a day opening a sentence that ends in its telling, with another
  // day inside what was told, is the telling's.
  const day = (d: Dated) => d.value.precision === 'day' && !d.future;
  const telling =
    inSentence === 0 &&
    ownDates.length >= 2 &&
    ownDates[0].start <= 1 &&
    ownDates.slice(1).some(day) &&
    day(ownDates[0]) &&
    /(밝혔|전했|알렸|발표했)다\.?$/.test(s.text.trim());
  const resolved =
    toldAfter || askedOn
      ? []
      : since || ownDates.length
        ? ownDates.slice(telling ? 1 : 0)
        : dated.filter((d) => ARRIVED.test(actAfter(d))).map(month);
  if (resolved.length) ctx.year = Number(resolved[resolved.length - 1].value.date.slice(0, 4));
  const unresolved = r.dates.find((d) => !('date' in d.value) && !ofAct(d));
  const earlier = EARLIER.test(text);
  const next = resolved.length ? resolved[resolved.length - 1].value : carried;
  const dateOf = (d?: DateFound): MeetingEvent['date'] =>
    d
      ? d.value
      : unresolved
        ? unresolved.value
        : earlier
          ? { unresolved: text.match(EARLIER)![0].trim() }
          : (next ?? {
              date: ctx.day,
              precision: 'day',
              cue: ctx.dayCue && ctx.day !== ctx.published ? `(the story's day: "${ctx.dayCue}")` : UNDATED,
            });
  // The story's day moves with a day the text names ("4일"), not with a side trip to the day before ("전날"), nor
  // with the day of an act told in passing ("지난 1일 방한한 류 서기가 … 찾았다고 3일 밝혔다").
  const today = resolved.find(
    (d) =>
      d.value.precision === 'day' &&
      !d.future &&
      !ofAct(d) &&
      !/전날|어제|전일|그제|그저께|내일|다음\s*날|이튿날|익일/.test(d.value.cue),
  );
  // A next-day wrap ("27일 관련업계에 따르면 … 전날 저녁 … 회동을 진행했다"): the day the news is told on is the
  // report's; the meeting's day, and the story's, is the day before.
  const cueAt = today ? text.indexOf(today.value.cue) : -1;
  // The day told may have been left out of the clause's dates as the day of the telling ("16일 재계에 따르면").
  const reportedOn =
    (cueAt >= 0 && /^\s*(\S+\s+){0,3}?\S*에\s*따르면/.test(text.slice(cueAt + today!.value.cue.length))) ||
    TOLD_ON_DAY.test(text);
  // Not the day before of another act ("전날 일본에 도착한 최 회장은 이날 …").
  const dayBefore = resolved.find(
    (d) => d.value.precision === 'day' && /^(전날|어제|전일)/.test(d.value.cue) && !ofAct(d) && !/이날/.test(text),
  );
  // With no day named yet, a meeting of the day before is the story's ("어제 오후 … 만났다. 이어 저녁에는 …").
  // An event attended ("전날 … 포럼에 참석했다") tells the story's day as a meeting does.
  const told = r.cue !== undefined || r.eventKind !== undefined || r.attend;
  const storyDay =
    reportedOn && dayBefore && told ? dayBefore : (today ?? (!ctx.dayCue && r.cue ? dayBefore : undefined));
  // Only the body's own report moves it: not a plan, nor a look back ("앞서 … 지난 23일"); a caption or headline only
  // before the body has named a day, and only to a day just before the telling (a photo story's "23일(현지시간) …").
  const byLead =
    s.role !== 'body' && !ctx.dayCue && storyDay !== undefined && nearBefore(storyDay.value.date, ctx.published);
  // Nor a look back in a sentence about the present, once the story has its day ("지난 5월 31일 … 만난 윤 대통령은
  // … 구체화하고 있다").
  // Nor the day of what led to the story's meeting ("이날 만남은 A가 지난 20일 … 영향이다").
  const lookBack =
    (!!ctx.dayCue && /^지난/.test(storyDay?.value.cue ?? '') && /(고 있다|중이다)\.?$/.test(s.text.trim())) ||
    dated.length < datedAll.length;
  if (storyDay && !r.planned && s.role === 'body' && /앞서|당시/.test(text) && storyDay.value.precision === 'day')
    ctx.asideDay = { day: storyDay.value.date, cue: storyDay.value.cue, sentence: s.i };
  if (storyDay && !r.planned && (s.role === 'body' || byLead) && !/앞서|당시/.test(text) && !lookBack) {
    ctx.day = storyDay.value.date;
    ctx.dayCue = storyDay.value.cue;
    if (s.role === 'body') ctx.firstDay ??= storyDay.value;
  }
  return { resolved, dateOf, carried: next };
}

/** A day at most two days before `published`. */
export function nearBefore(day: string, published: string): boolean {
  const gap = (Date.parse(published) - Date.parse(day)) / 86_400_000;
  return gap >= 0 && gap <= 2;
}

/**
 * "지난 25일 A 사장, 26일 B 부회장과 차례로 만났다": each met on the day printed before their name. Only where every
 * one of them has a day of their own, between the name before and theirs; otherwise none.
 */
export function daysOfEach(
  met: { id: string; at: number }[],
  resolved: ClauseDates['resolved'],
): Map<string, ClauseDates['resolved'][number]> | undefined {
  if (met.length < 2 || resolved.length < met.length) return undefined;
  const sorted = [...met].sort((x, y) => x.at - y.at);
  const out = new Map<string, ClauseDates['resolved'][number]>();
  sorted.forEach((m, k) => {
    const from = k === 0 ? -1 : sorted[k - 1].at;
    const own = resolved.filter((d) => d.start > from && d.start < m.at);
    if (own.length) out.set(m.id, own[own.length - 1]);
  });
  const days = new Set([...out.values()].map((d) => d.value.date));
  return out.size === met.length && days.size === met.length ? out : undefined;
}
