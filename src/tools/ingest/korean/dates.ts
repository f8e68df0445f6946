// Dates and times as Korean news prose gives them, resolved against the publication date. The precision the text
// gives is kept: a month stays a month, and "최근" (recently) is never turned into a date.
import { daysInMonth, parsePartialDate } from '../../../core/schema/dates';
import { OUTLET_WORD, PHOTO_STAMP, TOLD_ON_DAY, WIRE_PHOTO_STAMP } from './lexicon';
import type { ResolvedDate } from '../pipeline/types';

export interface DateFound {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  value: ResolvedDate | { unresolved: string };
  /** After the publication date, or said with 오는/내일: a plan, not a report. */
  future: boolean;
}

interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayIso = ({ y, m, d }: Day) => `${y}-${pad(m)}-${pad(d)}`;
const monthIso = (y: number, m: number) => `${y}-${pad(m)}`;

export function parseDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d: d ?? 1 };
}

function shift(day: Day, by: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + by));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const valid = (y: number, m: number, d?: number) =>
  m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= daysInMonth(y, m)));

type Rule = {
  re: RegExp;
  /** A day of the month alone ("17일"), which a listing may date by the month just named. */
  bareDay?: boolean;
  read: (
    m: RegExpExecArray,
    p: Day,
    year: number | undefined,
    story: Day,
    ahead: boolean,
  ) => Omit<DateFound, 'start' | 'end'> | null;
};

const day = (y: number, m: number, d: number, cue: string, p: Day): Omit<DateFound, 'start' | 'end'> | null =>
  valid(y, m, d)
    ? { value: { date: dayIso({ y, m, d }), precision: 'day', cue }, future: dayIso({ y, m, d }) > dayIso(p) }
    : null;
const month = (y: number, m: number, cue: string, p: Day, future = false): Omit<DateFound, 'start' | 'end'> | null =>
  valid(y, m)
    ? {
        value: { date: monthIso(y, m), precision: 'month', cue },
        future: future || monthIso(y, m) > monthIso(p.y, p.m),
      }
    : null;
const unresolved = (cue: string): Omit<DateFound, 'start' | 'end'> => ({ value: { unresolved: cue }, future: false });

// The part of a month, a word of its own ("11월 경", "11월 말에"), never the start of a place ("11월 경상북도").
const PART = '(?:\\s*(?:초|말|중순|초순|하순|께|경)(?=$|[^가-힣]|에|부터|까지|쯤|엔|의|을|를|이|은|는|으로|로))?';

/** Longest and most explicit first: each match hides the shorter ones inside it. */
const RULES: Rule[] = [
  { re: /(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/g, read: (m, p) => day(+m[1], +m[2], +m[3], m[0], p) },
  { re: /(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})/g, read: (m, p) => day(+m[1], +m[2], +m[3], m[0], p) },
  { re: new RegExp(`(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월${PART}`, 'g'), read: (m, p) => month(+m[1], +m[2], m[0], p) },
  {
    // A year written short ("지난 99년 10월", "'05년 3월 2일"): the latest such year up to the publication's.
    re: new RegExp(`['’]?(?<![\\d.])(\\d{2})\\s*년\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?${PART}`, 'g'),
    read: (m, p) => {
      const y = 2000 + +m[1] <= p.y ? 2000 + +m[1] : 1900 + +m[1];
      return m[3] ? day(y, +m[2], +m[3], m[0], p) : month(y, +m[2], m[0], p);
    },
  },
  {
    re: new RegExp(`(지난해|작년|재작년|올해|금년|내년)\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?${PART}`, 'g'),
    read: (m, p) => {
      const y = p.y + ({ 지난해: -1, 작년: -1, 재작년: -2, 올해: 0, 금년: 0, 내년: 1 } as Record<string, number>)[m[1]];
      return m[3] ? day(y, +m[2], +m[3], m[0], p) : month(y, +m[2], m[0], p, m[1] === '내년');
    },
  },
  {
    re: new RegExp(`같은\\s*해\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?${PART}`, 'g'),
    read: (m, p, year) => {
      if (year === undefined) return unresolved(m[0]);
      return m[2] ? day(year, +m[1], +m[2], m[0], p) : month(year, +m[1], m[0], p);
    },
  },
  {
    re: /(지난달|이달|이번\s*달|다음\s*달|내달)(?:\s*(\d{1,2})\s*일)?/g,
    read: (m, p) => {
      const by = /지난|전/.test(m[1]) ? -1 : /다음|내/.test(m[1]) ? 1 : 0;
      const t = new Date(Date.UTC(p.y, p.m - 1 + by, 1));
      const [y, mm] = [t.getUTCFullYear(), t.getUTCMonth() + 1];
      return m[2] ? day(y, mm, +m[2], m[0], p) : month(y, mm, m[0], p, by > 0);
    },
  },
  {
    re: new RegExp(`(지난|오는|올)?\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일`, 'g'),
    read: (m, p) => {
      const [mm, d] = [+m[2], +m[3]];
      let y = p.y;
      if (m[1] === '오는' || m[1] === '올') {
        if (mm < p.m) y += 1;
      } else if (mm > p.m + (m[1] ? 0 : 1)) y -= 1;
      return day(y, mm, d, m[0].trim(), p);
    },
  },
  {
    // A government release's day with its weekday ("4.17.(수) 오후 면담을 갖고"): of the publication's year.
    // Its weekday may be left out of the clause read, as a gloss in brackets is; the day's dot may be left out
    // before the weekday ("11.19(화)", read in a clause as "11.19 화").
    re: /(?<![\d.])(1[0-2]|0?[1-9])\.\s?(3[01]|[12]\d|0?[1-9])(?:\.(?![\d])(?:\s?\((?:월|화|수|목|금|토|일)\))?|\s?\((?:월|화|수|목|금|토|일)\)|\s(?:월|화|수|목|금|토|일)(?=\s))/g,
    read: (m, p) => day(+m[1] > p.m + 1 ? p.y - 1 : p.y, +m[1], +m[2], m[0].trim(), p),
  },
  {
    // Or the last of a span ("오는 10∼11월"): read with the word before the span.
    re: new RegExp(`(지난|오는)?\\s*(?:\\d{1,2}\\s*[~∼〜]\\s*)?(\\d{1,2})\\s*월${PART}(?![\\d])`, 'g'),
    read: (m, p) => {
      const mm = +m[2];
      if (m[1] === '오는') return month(mm < p.m ? p.y + 1 : p.y, mm, m[0].trim(), p, true);
      return month(mm > p.m ? p.y - 1 : p.y, mm, m[0].trim(), p);
    },
  },
  {
    bareDay: true,
    // Not a count of days ("취임 5일 만에", "3일 동안", "5일 전에"): a span, never the day of the month.
    re: /(지난|오는)?\s*(?<![\d.]|박\s?)(\d{1,2})\s*일(?![\d간째])(?!\s*(?:만에|만의|동안|이내|가량|(?:전|후|뒤)(?:에|부터|까지)?(?![가-힣])))/g,
    read: (m, p, _year, _story, ahead) => {
      const d = +m[2];
      // "오는 6일", or a plan's "11일" in an article of the 10th: this month, or the next once the day has passed.
      if (m[1] === '오는' || (ahead && m[1] !== '지난' && d > p.d)) {
        const next = d >= p.d ? { y: p.y, m: p.m } : shift({ y: p.y, m: p.m, d: 28 }, 7);
        return day(next.y, next.m, d, m[0].trim(), p);
      }
      // "4일" in an article of the 5th is the 4th. A later day is the nearer of this month's (a day to come: a plan)
      // and the month before's: "16일" in an article of the 15th is tomorrow, "30일" in one of the 2nd three days ago.
      if (d <= p.d) return day(p.y, p.m, d, m[0].trim(), p);
      const prev = shift({ y: p.y, m: p.m, d: 1 }, -1);
      const ago = p.d + daysInMonth(prev.y, prev.m) - d;
      if (m[1] !== '지난' && d - p.d < ago) return day(p.y, p.m, d, m[0].trim(), p);
      return day(prev.y, prev.m, d, m[0].trim(), p);
    },
  },
  // "이날", "같은 날" (that day) is the day the story is on; "오늘" (today) the day of publication.
  { re: /이날|당일|같은\s?날/g, read: (m, p, _y, story) => day(story.y, story.m, story.d, m[0], p) },
  { re: /오늘|금일/g, read: (m, p) => day(p.y, p.m, p.d, m[0], p) },
  // "어제" (yesterday) is the day before publication; "전날" (the day before) the day before the story's day, which
  // is the day of publication until the text names another ("지난 12일 … 가졌다. … 전날 만난 것으로").
  { re: /어제/g, read: (m, p) => ({ ...day(...ymd(shift(p, -1)), m[0], p)!, future: false }) },
  {
    re: /전날|전일/g,
    read: (m, p, _y, story) => ({ ...day(...ymd(shift(story, -1)), m[0], p)!, future: false }),
  },
  { re: /그제|그저께/g, read: (m, p) => day(...ymd(shift(p, -2)), m[0], p) },
  { re: /내일/g, read: (m, p) => ({ ...day(...ymd(shift(p, 1)), m[0], p)!, future: true }) },
  // "다음 날", "이튿날" (the next day): the day after the story's, to come only where that is after publication.
  {
    re: /다음\s*날|이튿날|익일/g,
    read: (m, p, _y, story) => {
      const next = shift(story, 1);
      const n = (d: Day) => d.y * 10000 + d.m * 100 + d.d;
      return { ...day(...ymd(next), m[0], p)!, future: n(next) > n(p) };
    },
  },
  // A year alone ("2021년 취임식에 … 참석한 이후"): a date the record cannot hold, never the day carried before.
  { re: /(?<![\d.])(19|20)\d{2}\s*년(?!\s*\d|대|간|도|까지|부터|께|\s*만에)/g, read: (m) => unresolved(m[0]) },
  { re: /최근|얼마 전|지난주|지난 주|이번\s*주|지난해(?!\s*\d)|작년(?!\s*\d)/g, read: (m) => unresolved(m[0]) },
];

const ymd = (d: Day): [number, number, number] => [d.y, d.m, d.d];

/**
 * Every date expression in `text`, left to right. `year` is the year the text was last speaking of, for
 * "같은 해 6월" (the same year's June); `storyDay` the day the story is on, for "이날"; `ahead` when the text
 * speaks of plans, so that "11일" in an article of the 10th is the 11th, not a day of the month before.
 */
export function findDates(
  text: string,
  published: string,
  year?: number,
  storyDay = published,
  ahead = false,
): DateFound[] {
  const p = parseDay(published);
  const story = parseDay(storyDay);
  const taken = new Uint8Array(text.length);
  const raw: { start: number; end: number; rule: Rule; m: RegExpExecArray }[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (taken.subarray(start, end).some((x) => x)) continue;
      raw.push({ start, end, rule, m });
      taken.fill(1, start, end);
    }
  }
  // Read in order, so that "같은 해" follows the year just mentioned.
  const found: DateFound[] = [];
  let contextYear = year;
  // "5일 재계에 따르면 … 전날 만났다": the day before is the day before the one the text just named.
  let named: Day | undefined;
  let last: { end: number; day: Day; month: boolean } | undefined;
  for (const r of raw.sort((a, b) => a.start - b.start)) {
    let read = r.rule.read(r.m, p, contextYear, (/전날|전일/.test(r.m[0]) && named) || story, ahead);
    // "지난해 5월12일 뉴욕의 만찬과 17일 샌프란시스코의 조찬": a later day listed just after a day with its month
    // is of that month.
    if (r.rule.bareDay && !r.m[1] && last?.month && r.start - last.end <= 25 && +r.m[2] > last.day.d)
      read = day(last.day.y, last.day.m, +r.m[2], r.m[0].trim(), p);
    if (!read) continue;
    if ('date' in read.value) contextYear = Number(read.value.date.slice(0, 4));
    if ('date' in read.value && read.value.precision === 'day') named = parseDay(read.value.date);
    last =
      'date' in read.value && read.value.precision === 'day'
        ? { end: r.end, day: parseDay(read.value.date), month: /월/.test(r.m[0]) }
        : undefined;
    found.push({ start: r.start, end: r.end, ...read });
  }
  return found;
}

export interface TimeFound {
  time?: string;
  dayPart?: 'morning' | 'midday' | 'afternoon' | 'evening';
  cue: string;
}

const PARTS: Record<string, TimeFound['dayPart']> = {
  오전: 'morning',
  아침: 'morning',
  새벽: 'morning',
  오후: 'afternoon',
  낮: 'midday',
  점심: 'midday',
  정오: 'midday',
  저녁: 'evening',
  밤: 'evening',
};

/** The time of day: a clock time where printed ("오후 2시 40분" → 14:40), else the part of the day. */
export function findTime(text: string): TimeFound | undefined {
  const clock = /(오전|오후|아침|저녁|밤|새벽|낮)?\s*(\d{1,2})\s*시\s*(?:(\d{1,2})\s*분|(반))?/.exec(text);
  if (clock && (clock[1] || clock[3] || clock[4])) {
    let h = +clock[2];
    if (/오후|저녁|밤/.test(clock[1] ?? '') && h < 12) h += 12;
    const min = clock[4] ? 30 : +(clock[3] ?? 0);
    if (h <= 23 && min <= 59) return { time: `${pad(h)}:${pad(min)}`, cue: clock[0].trim() };
  }
  const part = /(오전|오후|아침|저녁|새벽|점심|정오)|(?<![가-힣])(낮|밤)(?![가-힣])/.exec(text);
  if (part) return { dayPart: PARTS[part[1] ?? part[2]], cue: part[0] };
  return undefined;
}

/** Words before a page's own date that say it is when the article was published. */
const PUBLISHED_WORD =
  /(입력|등록|기사입력|게재|송고|발행|작성|승인|기사승인|등록일|작성일|입력일|배포|출고|date|posted|published)(일자|일시|시간)?[\])]?\s*[:：]?\s*$/i;

/** A line that is only the word before a page's date, the date on the next line ("- 작성일자 | - 2015-05-19"). */
export const PUBLISHED_LABEL = new RegExp(`^[-•·*\\s]*${PUBLISHED_WORD.source.replace(/\$$/, '')}$`, 'i');
const EDITED_WORD = /(수정|최종수정|업데이트|최종편집|편집)\s*[:：]?\s*$/;
const PAGE_DATE =
  /(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?:\s*일|\.)?(\s*\(?(?:[월화수목금토일]|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\)?)?(\s+(오전|오후)?\s*(\d{1,2}:\d{2}(:\d{2})?|\d{1,2}시\s*\d{1,2}분))?/g;
/** After a line's date: a byline ("주영은 기자") or a print page ("7면"), which make it the article's own; a
 * correspondent's dateline before the byline counts too ("베이징=구자룡 특파원"). */
const STAMP_AFTER =
  /^\s*(([가-힣A-Za-z]{2,10}\s*=\s*|[가-힣A-Za-z]{2,10}\s+)?[가-힣]{2,4}\s*(기자|특파원)|\d{1,2}\s*면)(\s|$)/;

export interface PageStamp {
  /** `YYYY-MM-DD`, or null when the printed date does not exist (30 February). */
  date: string | null;
  /** The words as printed, for the draft's evidence and questions. */
  cue: string;
  /** published: after 입력/등록/송고…; edited: after 수정/최종편집; time: a date with a clock time and no word. */
  kind: 'published' | 'edited' | 'time';
}

/** A day printed in English ("Mar 12, 2024"). */
const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// After the byline's "posted" ("by admin posted Sep 12, 2022"), as a blog-like page prints it.
const ENGLISH_DAY =
  /^(?:(?:by \S+ )?posted:? )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}), (\d{4})(?: \d{1,2}:\d{2}(?: ?[AP]M)?)?$/;
// A press release's dateline ("SEOUL, October 22, 2014 – The chamber…").
const ENGLISH_DATELINE =
  /^[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*,\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}), (\d{4})\s*(?:[-–—?/]|$)/;
// A blog's day in Korean month words, day first ("19 10월 2023").
const DAY_MONTH_YEAR = /^(\d{1,2})\s+(\d{1,2})월\s+(\d{4})$/;

/**
 * The time stamps a line of the page prints: its publication date after 입력, 등록, 송고, 승인…, a portal's bare
 * "2022.06.02 16:00:55", and edit dates (수정, 최종편집) apart. Dates the calendar does not have are kept, with no
 * date, so that the draft can ask instead of inventing one.
 */
export function pageStamps(line: string): PageStamp[] {
  const out: PageStamp[] = [];
  const stamp = (y: string, m: string, d: string, cue: string, kind: PageStamp['kind']) => {
    const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    out.push({ date: typeof parsePartialDate(iso) === 'string' ? null : iso, cue, kind });
  };
  // A line of the day alone in English ("Mar 12, 2024"), as Korean outlets abroad print it.
  const english = ENGLISH_DAY.exec(line.trim()) ?? ENGLISH_DATELINE.exec(line.trim());
  if (english) {
    const month = ENGLISH_MONTHS.indexOf(english[1].slice(0, 3).toLowerCase()) + 1;
    stamp(english[3], String(month), english[2], english[0], 'time');
  }
  const dayFirst = DAY_MONTH_YEAR.exec(line.trim());
  if (dayFirst) stamp(dayFirst[3], dayFirst[2], dayFirst[1], dayFirst[0], 'time');
  for (const m of line.matchAll(PAGE_DATE)) {
    const before = line.slice(0, m.index);
    const kind = PUBLISHED_WORD.test(before)
      ? 'published'
      : EDITED_WORD.test(before)
        ? 'edited'
        : // A clock time after nothing, a name, or a byline with its e-mail ("홍길동 기자 hong@news.kr"), the outlet's
          // Latin name before it ("cnbnews 홍길동기자 | 2025.02.07 13:49:03"), or the e-mail alone under the byline's
          // line ("hong@news.kr | 2022-10-22 10:39:23").
          (m[5] &&
              /^(\W*|([A-Za-z][\w.]{1,20})?[가-힣]{2,4}(\([\u4e00-\u9fff]{2,4}\))?((기자|특파원)[\w.@-]*)?|[\w.-]+@[\w.-]+)$/.test(
                before.replace(/[\s•·|]/g, ''),
              )) ||
            // After nothing or the outlet's name ("동아일보 2014.12.22(월) 베이징=구자룡 특파원").
            ((/^\W*$/.test(before) || OUTLET_WORD.test(before.trim())) &&
              STAMP_AFTER.test(line.slice(m.index + m[0].length))) ||
            // A byline then the day ("홍길동 기자 2019.07.09").
            /^[가-힣]{2,4}(기자|특파원)$/.test(before.replace(/[\s•·|]/g, '')) ||
            // A newsletter's issue ("[제652호] 2020년 07월 30일 목요일").
            /^\[?제\s?\d{1,5}\s?호\]?\s*$/.test(before.trim()) ||
            // A broadcaster's Latin name before the day, alone on its line ("YTN news 2023-10-31").
            (/^[A-Z][A-Za-z0-9]{1,10}( [A-Za-z]{2,10})?\s+$/.test(before) &&
              /^\s*$/.test(line.slice(m.index + m[0].length))) ||
            // A release's day first, then who wrote it ("2007-06-15 | 국제본부 홍길동 차장").
            (/^\s*$/.test(before) &&
              /^\s*\|\s*[가-힣 ]{2,30}(기자|차장|과장|팀장|부장|대리|주임|연구원)\s*$/.test(
                line.slice(m.index + m[0].length),
              )) ||
            // A notice board's post, its number after the day ("…만찬사2012.03.24 | N0.711").
            /^\s*\|\s*N[oO0]\.\s?\d+/.test(line.slice(m.index + m[0].length)) ||
            // A repost's source, with the day the source printed it ("출처: 연합뉴스(2022.08.17.)").
            /^출처\s*[:：]\s*[가-힣A-Za-z0-9 ]{1,20}\($/.test(before.trim()) ||
            // A line of the day alone in figures ("2019.07.09"), with a video's count of views ("2019-12-04 0") or
            // the byline's name ("2022-12-04     홍길동").
            /^[\s•·]*\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?(\s+\d{1,7}|\s+[가-힣]{2,4}(\s?(기자|특파원))?)?\s*$/.test(line)
          ? 'time'
          : null;
    if (kind) stamp(m[1], m[2], m[3], m[0].trim(), kind);
  }
  return out;
}

/**
 * The date of the verb at `at`: "…그룹은 5일 A가 지난 4일 B와 만찬을 가졌다고 밝혔다" has two dates, and the meeting's
 * is the nearer before it; dates joined into one ("5월과 6월에", "9월, 11월") are read from the first.
 */
export function dateBefore<D extends DateFound>(found: D[], text: string, at: number): D | undefined {
  const before = found.filter((d) => d.end <= at);
  let k = before.length - 1;
  while (k > 0 && /^\s*(과|와|,|~|-|부터|및)?\s*$/.test(text.slice(before[k - 1].end, before[k].start))) k--;
  return before[k];
}

/** The day a wire photo was taken, from its stamp ("2018.7.9/뉴스1", "2024.02.28. photo@newsis.com"). */
export function photoDay(text: string): string | undefined {
  const m = PHOTO_STAMP.exec(text.trim()) ?? WIRE_PHOTO_STAMP.exec(text);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return typeof parsePartialDate(iso) === 'string' ? undefined : iso;
}

/** The days written in full in a text ("2019.05.22", "2019-5-22", "2019년 5월 22일"), as the calendar has them. */
export function fullDays(text: string): string[] {
  return [...text.matchAll(/(?<!\d)((?:19|20)\d\d)\s*(?:[.\-/]|년)\s*(\d{1,2})\s*(?:[.\-/]|월)\s*(\d{1,2})(?!\d)/g)]
    .map((m) => `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`)
    .filter((iso) => typeof parsePartialDate(iso) !== 'string');
}

/**
 * The day an article's address carries ("…/2022/09/16/…", "…/20230624/…", "v.daum.net/v/20230825111315092"): most
 * outlets file a story under the day it was published. A path of folders is read before a compact stamp.
 */
export function addressDay(url: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m =
    /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?!\d)/.exec(path) ??
    /(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{4,})?(?!\d)/.exec(path);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return typeof parsePartialDate(iso) === 'string' ? undefined : iso;
}

/**
 * "5일 업계에 따르면" in a page stamped the 4th: a story posted the evening before the paper it was written for. The
 * day the body says it tells the news on, where that is the day after the stamp; else undefined.
 */
export function toldNextDay(body: string[], published: string): string | undefined {
  const next = dayIso(shift(parseDay(published), 1));
  for (const text of body) {
    const m = TOLD_ON_DAY.exec(text);
    if (m) return Number(m[1]) === parseDay(next).d ? next : undefined;
  }
  return undefined;
}
