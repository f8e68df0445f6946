// Reading one clause: where clauses part, what a name's particle makes of it, planned or not, the date, place and
// event name it gives. events.ts decides from these what the clause reports.
import { disassembleCompleteCharacter } from 'es-hangul';
import { findDates, type DateFound } from '../korean/dates';
import {
  ASKED_TO,
  AFTER,
  ATTEND_CUE,
  ATTEND_EVENT,
  CONNECTIVE,
  joinsPast,
  MET_THEN_AGREED,
  MET_THEN_ASKED,
  EVENT_CUES,
  HELD_CUE,
  MEETING_CUES,
  NEGATED_CUE,
  NOUNS_IN_L,
  PLANNED_CUE,
  REPORTED_ON,
  VENUE,
} from '../korean/lexicon';
import type { Token } from '../korean/tokens';
import { withoutAgreement } from './tense';
import type { EventContext, Mention } from '../pipeline/types';

/** A future adnominal before a noun of intent: "만날 예정", "회동할 것으로" (ㄹ), not "만난 것으로" (ㄴ), nor a noun
 * closed by ㄹ ("공장 건설 계획", "이달 말 예정"). */
export function futureAdnominal(text: string): boolean {
  for (const m of text.matchAll(/([가-힣]*)([가-힣])\s(것|예정|계획|방침|전망)/g)) {
    if (NOUNS_IN_L.has(m[1] + m[2])) continue;
    // "협력을 강화할 것을 요청했다": what was asked for lies ahead; the asking is done.
    if (m[3] === '것' && ASKED_TO.test(text.slice(m.index + m[0].length))) continue;
    try {
      if (disassembleCompleteCharacter(m[2])?.jongseong === 'ㄹ') return true;
    } catch {
      // not a complete syllable
    }
  }
  return false;
}

export function isPlanned(text: string, dates: DateFound[]): boolean {
  // "A와 만나 … 협력하기로 했다": they met, and agreed on what comes next; the meeting itself is no plan.
  // "…과 회의를 통해 … 오는 29일 개최하기로 합의했다": a day to come after the meeting is the agreed thing's; so
  // is one proposed ("만나 올해 11월 … 회의를 여는 방안을 제안했다").
  const agreed = MET_THEN_AGREED.exec(text) ?? MET_THEN_ASKED.exec(text);
  const ahead = (d: DateFound) => d.future && !(agreed && d.start > agreed.index + agreed[1].length);
  return PLANNED_CUE.test(withoutAgreement(text)) || futureAdnominal(text) || dates.some(ahead);
}

/** Spans in single quotes: speech ('오늘 미팅 어땠냐') is not the reporter's words; a title ('3자 회의') names no one. */
export function singleQuoted(sentence: string): { speech: [number, number][]; titles: [number, number][] } {
  const speech: [number, number][] = [];
  const titles: [number, number][] = [];
  for (const m of sentence.matchAll(/['‘]([^'’]{2,})['’]/g))
    (/(냐|까|요|다|죠)\??$/.test(m[1]) ? speech : titles).push([m.index, m.index + m[0].length]);
  return { speech, titles };
}

export const inside = (spans: [number, number][], start: number) => spans.some(([a, b]) => start >= a && start < b);

export function clauses(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  tokens.forEach((t, i) => {
    if (i >= tokens.length - 1 || t.quoted) return;
    // "A를 만난 데 이어 B와 회동할 예정이다": what was done, then what is to come.
    const then = /^이어(서)?$/.test(t.text) && tokens[i - 1]?.text === '데';
    // "대화하고 있다": the progressive, one verb.
    const progressive = /고$/.test(t.text) && /^있(다|는|었|으며|고)/.test(tokens[i + 1]?.text ?? '');
    if (!progressive && (CONNECTIVE.test(t.text) || joinsPast(t.text) || then || (AFTER.test(t.text) && i > from))) {
      out.push([from, i]);
      from = i + 1;
    }
  });
  if (from < tokens.length) out.push([from, tokens.length - 1]);
  return out;
}

/** The particle that decides a name's role: its own, or for "A, B 등이" the one the list ends with. */
export function roleParticle(m: Mention, tokens: Token[], next: Mention | undefined): string {
  if (m.particle) return m.particle;
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + 6); k++) {
    if (next && k >= next.first) return next.particle || roleParticle(next, tokens, undefined);
    const t = tokens[k];
    if (/(다|했|고|며)$/.test(t.text)) break;
    // "A 회장 등 대한상의 회장단 기업인들을": a genitive inside the phrase ("대한상의") is not its role.
    if (t.particle && t.particle !== '의') return t.particle;
  }
  return '';
}

export function placeIn(sentence: string, tokens: Token[], a: number, b: number): string | undefined {
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!(t.particle === '에서' || t.particle === '에서는') || !VENUE.test(t.stem)) continue;
    let from = k;
    while (
      from > a &&
      k - from < 4 &&
      tokens[from - 1].particle === '' &&
      !/\d/.test(tokens[from - 1].text) &&
      !/^(이날|오전|오후|저녁|낮|밤|새벽|아침|당일|먼저|이어|앞서|최근)$/.test(tokens[from - 1].text) &&
      tokens[from - 1].after === ' '
    )
      from -= 1;
    return sentence.slice(tokens[from].start, t.end - t.particle.length).trim();
  }
  return undefined;
}

export function eventNameIn(text: string): string | undefined {
  const m = /['‘]([^'’]{2,40})['’]/.exec(text);
  return m ? m[1] : undefined;
}

/** "정상회의 참석을 겸해 방한한 A가 … 환영오찬에 참석해": the meal, nearer the clause's last word of attending than
 * the event, is what was attended. */
function mealAttended(text: string, event: RegExp): boolean {
  const attends = [...text.matchAll(new RegExp(ATTEND_EVENT.source, 'g'))];
  const last = attends.length && attends[attends.length - 1][0] === '참석' ? attends[attends.length - 1].index : -1;
  const before = text.slice(0, Math.max(0, last));
  const lastOf = (re: RegExp) => Math.max(-1, ...[...before.matchAll(new RegExp(re.source, 'g'))].map((m) => m.index));
  const meal = lastOf(/오찬|만찬|조찬/);
  return meal >= 0 && meal > lastOf(event);
}

/** Where a clause's meeting word stands: of "지난 20일 X 간담회에 이어 27일 … 간담회를 열었다", the last, held after
 * the earlier. */
export function cueAt(text: string, word: string | RegExp): number {
  const source = typeof word === 'string' ? word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : word.source;
  const [first, ...others] = [...text.matchAll(new RegExp(source, 'g'))];
  if (!first) return -1;
  const after = /^에\s*이어/.test(text.slice(first.index! + first[0].length));
  return after && others.length ? others[others.length - 1].index! : first.index!;
}

export interface ClauseReading {
  cue?: { kind: string; joint: boolean; text: string };
  eventKind?: string;
  /** An event the clause says was held ("써밋도 개최했다"): its word. */
  held?: string;
  attend: boolean;
  planned: boolean;
  negated: boolean;
  dates: DateFound[];
}

export function readClause(
  text: string,
  ctx: Pick<EventContext, 'published' | 'year' | 'day' | 'dayCue'>,
): ClauseReading {
  const cueOf = MEETING_CUES.find((c) => c.stem.test(text));
  const event = EVENT_CUES.find((e) => e.word.test(text));
  const ahead = PLANNED_CUE.test(text) || futureAdnominal(text);
  // "…한 것으로 2일 알려졌다", "2일 업계에 따르면", "28일 톈진일보가 … 다뤘다": the day the news was told (by
  // another paper too), not the meeting's.
  const toldOn = (d: DateFound) =>
    REPORTED_ON.test(text.slice(d.end)) ||
    // "…약속받았다고 16일 포스코가 전했다": a quote's end, the day, who told it.
    (/다고\s*$/.test(text.slice(0, d.start)) &&
      /^\s*(\S+\s){0,2}?\S+(이|가|은|는)\s+(알려졌|전해졌|밝혔|발표했|전했|설명했|알렸)/.test(text.slice(d.end))) ||
    /^[^.,]{0,25}(에 따르면|에 의하면)/.test(text.slice(d.end)) ||
    /^\s*(\S+\s){0,2}?\S*(일보|신문|통신|매체|방송|언론)(이|가|은|는)\s/.test(text.slice(d.end));
  const found = findDates(text, ctx.published, ctx.year, ctx.day, ahead);
  // "23일 재계에 따르면 … 이날 …" in an article of the 24th: 이날 is the day the news was told on. Not once the
  // body has named a story's day before it ("6일 저녁 … 회동을 갖고. 7일 그룹에 따르면 이날 …"): that day's.
  const told = found.find((d) => toldOn(d) && 'date' in d.value && d.value.precision === 'day' && !d.future);
  const toldDay = told && 'date' in told.value ? told.value.date : undefined;
  const storyBefore = /\d일/.test(ctx.dayCue ?? '') && toldDay !== undefined && ctx.day < toldDay;
  const day = toldDay && /이날|같은 날/.test(text) && !storyBefore ? toldDay : ctx.day;
  const dates = (day === ctx.day ? found : findDates(text, ctx.published, ctx.year, day, ahead)).filter(
    (d) => !toldOn(d),
  );
  // "내달 퇴임을 앞두고 A는 B와 대화를 나눴다": what lies ahead, and its date, come before the meeting told.
  const cueText = cueOf ? cueOf.stem.exec(text)![0] : undefined;
  const aheadOf = /앞두고|앞둔/.exec(text);
  const past = cueText !== undefined && aheadOf !== null && aheadOf.index < text.indexOf(cueText);
  const rest = past ? aheadOf!.index + aheadOf![0].length : 0;
  return {
    ...(cueText ? { cue: { kind: cueOf!.kind, joint: !!cueOf!.joint, text: cueText } } : {}),
    ...(event && ATTEND_EVENT.test(text) && !mealAttended(text, event.word) ? { eventKind: event.kind } : {}),
    ...(event && HELD_CUE.test(text) ? { held: event.word.exec(text)![0] } : {}),
    attend: ATTEND_CUE.test(text),
    planned: isPlanned(
      text.slice(rest),
      dates.filter((d) => d.start >= rest),
    ),
    negated: NEGATED_CUE.test(text),
    dates,
  };
}
