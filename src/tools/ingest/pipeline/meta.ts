// Stage 3: the article's metadata, read from where the page prints it (time stamps, bylines, the outlet's name in
// copyright lines, tags or e-mail domains), else from the editor's flags or the page's address; what none says
// becomes a question.
import { OUTLET_WORD, WIRE_DATELINE } from '../korean/lexicon';
import { dateStartDay } from '../../../core/schema/dates';
import { PUBLISHED_LABEL, addressDay, fullDays, pageStamps, photoDay } from '../korean/dates';
import { romanizeName } from '../korean/names';
import type { ArticleMeta, LineRef, JudgedLine, KnownOutlet, MetaFlags } from './types';

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9가-힣]/g, '');

/** Names of the outlet the page prints, strongest first, each with where it was read. */
function outletCandidates(lines: JudgedLine[]): { name: string; at: LineRef }[] {
  const out: { name: string; at: LineRef; rank: number }[] = [];
  const add = (name: string, at: LineRef, rank: number) => {
    const n = name.trim().replace(/[.,·|ㅣ]+$/, '');
    if (n.length >= 2 && n.length <= 30) out.push({ name: n, at, rank });
  };
  const counts = new Map<string, number>();
  for (const { line } of lines) counts.set(line.text.trim(), (counts.get(line.text.trim()) ?? 0) + 1);
  for (const { line, role } of lines) {
    const t = line.text.trim();
    const at = { line: line.n, text: t };
    let m = /제호\s*[:：]\s*([^\sㅣ|]+)/.exec(t);
    if (m) add(m[1], at, 0);
    m = /copyright\s*(?:ⓒ|©|\(c\))?\s*([A-Za-z가-힣][A-Za-z가-힣 &]*?)(?:[.,]|\s+all\b|\s+무단|$)/i.exec(t);
    if (m) add(m[1], at, 1);
    m = /(?:ⓒ|©)\s*([가-힣A-Za-z]{2,12})/.exec(t);
    if (m && !/^copyright/i.test(t)) add(m[1], at, 1);
    m = /^\[([가-힣A-Za-z]{2,12})\]$/.exec(t);
    if (m) add(m[1], at, 2);
    // A wire dateline: "(서울=연합뉴스) 김철수 기자 =", "[경주=뉴시스]".
    m = /^[([]([가-힣]{2,6})\s*=\s*([가-힣A-Za-z0-9]{2,12})[)\]]/.exec(t);
    if (m) add(m[2], at, 1);
    // An outlet's tag before the byline: "[미디어펜=조우현 기자]", "[더팩트|이선화 기자]", "(뉴스1 김철수 기자)".
    m = /^[[(]([가-힣A-Za-z0-9]{2,12})\s*[=|ㅣ ]\s*[가-힣]{2,4}\s*(기자|특파원)[\])]/.exec(t);
    if (m) add(m[1], at, 1);
    if (role === 'chrome' && OUTLET_WORD.test(t) && (counts.get(t) ?? 0) >= 1)
      add(t, at, (counts.get(t) ?? 0) > 1 ? 2 : 3);
    for (const d of t.matchAll(/@([a-z0-9-]+)\.(?:co\.kr|or\.kr|com|kr|net)\b/gi)) add(d[1], at, 4);
  }
  return out.sort((a, b) => a.rank - b.rank);
}

function findOutlet(lines: JudgedLine[], known: KnownOutlet[]) {
  const candidates = outletCandidates(lines);
  for (const c of candidates) {
    const key = squash(c.name);
    const hit = known.find(
      (k) => squash(k.ko) === key || squash(k.en) === key || k.slug === key || squash(k.en).startsWith(key),
    );
    if (hit) return { outlet: { ko: hit.ko, en: hit.en }, slug: hit.slug, at: c.at, known: true };
  }
  const best = candidates.find((c) => /[가-힣]/.test(c.name)) ?? candidates[0];
  if (!best) return null;
  const latin = candidates.find((c) => /^[A-Za-z][A-Za-z &]*$/.test(c.name));
  const en = latin?.name ?? romanizeName(best.name, false);
  return { outlet: { ko: best.name, en }, slug: squash(en) || 'article', at: best.at, known: false };
}

/** The byline: a name beside 기자 outside any photo credit (a caption's last words are the photographer's). */
function findAuthor(lines: JudgedLine[]): { name: string; at: LineRef } | undefined {
  // A dateline at the start of the body: "(서울=연합뉴스) 김철수 기자 = …".
  for (const l of lines) {
    const m = WIRE_DATELINE.exec(l.line.text.trim());
    if (m) return { name: m[1], at: { line: l.line.n, text: m[0] } };
  }
  const chrome = lines.filter((l) => l.role === 'chrome');
  for (let i = 0; i < chrome.length; i++) {
    const t = chrome[i].line.text.trim();
    const at = { line: chrome[i].line.n, text: t };
    if (/사진\s*[=:]/.test(t)) continue;
    const m = /^([가-힣]{2,4})\s*(?:기자|특파원)(?:\s|$)/.exec(t);
    if (m) return { name: m[1], at };
    const next = chrome[i + 1]?.line;
    if (/^[가-힣]{2,4}$/.test(t) && next && next.n <= chrome[i].line.n + 3 && /^(기자|특파원)$/.test(next.text.trim()))
      return { name: t, at: { line: chrome[i].line.n, text: `${t} ${next.text.trim()}` } };
  }
  return undefined;
}

/** How long after the day its address names a page's stamp may be and still be its publication. */
const REENTRY_DAYS = 31;

/** Stage 3: the article's metadata, and questions for what the page does not say plainly. */
export function meta(lines: JudgedLine[], flags: MetaFlags, known: KnownOutlet[]): ArticleMeta & { slug: string } {
  const questions: string[] = [];
  const readAt: Record<string, LineRef> = {};
  const notes: string[] = [];
  const all = lines.map((l) => ({ n: l.line.n, t: l.line.text.trim() }));

  // Publication date: the page's own time stamp (入력/등록/송고… or a portal's bare date and time); the flag where
  // it prints none. A stamp the calendar does not have is a question, never a date.
  let published: string | undefined;
  let publishedNote: string | undefined;
  let publishedGuessed = false;
  // The publisher's box prints the outlet's own registration date ("등록일 : 2013년 3월 20일"): not the article's.
  const publisher = new Set(lines.filter((l) => l.reason === 'publisher details').map((l) => l.line.n));
  // A label on a line of its own is the word of the date on the next line ("- 작성일자 | - 2015-05-19").
  const labelled = (k: number) =>
    k > 0 && PUBLISHED_LABEL.test(all[k - 1].t) ? `${all[k - 1].t} ${all[k].t.replace(/^[-•·*\s]+/, '')}` : all[k].t;
  const stamps = all.flatMap((l, k) =>
    publisher.has(l.n) ? [] : pageStamps(labelled(k)).map((st) => ({ ...st, n: l.n, t: l.t })),
  );
  const stamp = stamps.find((st) => st.kind === 'published') ?? stamps.find((st) => st.kind === 'time');
  const edited = stamps.find((st) => st.kind === 'edited');
  // An archive's re-entry stamps every old story with the day it was loaded ("입력2006.04.03" on a 2005 story): a
  // stamp more than a month after the day the page's address files it under is not the publication.
  const filed = flags.url ? addressDay(flags.url) : undefined;
  const reentered =
    stamp?.date && filed && dateStartDay(stamp.date) - dateStartDay(filed) > REENTRY_DAYS ? filed : undefined;
  if (reentered && stamp) {
    published = flags.published ?? reentered;
    questions.push(
      `The page's stamp "${stamp.cue}" is long after the day its address files it under (${reentered}), as an ` +
        `archive's re-entry is: ${published} was taken; check it.`,
    );
  } else if (stamp?.date) {
    published = stamp.date;
    readAt.published = { line: stamp.n, text: stamp.t };
    notes.push(`The date is the page's "${stamp.cue}"${edited ? ` (edited "${edited.cue}")` : ''}.`);
    if (flags.published && flags.published !== published)
      questions.push(`--published ${flags.published} differs from the page's "${stamp.cue}": which is right?`);
  } else if (flags.published) {
    published = flags.published;
    publishedNote = `The page prints no date; ${published} was given by the editor (--published). Check it against the text.`;
    if (stamp)
      questions.push(`The page's time stamp "${stamp.cue}" is not a date the calendar has: check --published.`);
  } else if (stamp) {
    questions.push(
      `The page's time stamp "${stamp.cue}" is not a date the calendar has: give the right one with --published YYYY-MM-DD.`,
    );
  } else if (flags.url && addressDay(flags.url)) {
    // No stamp on the page, but its address files it under a day ("…/20230624/…"): outlets file by publication day.
    published = addressDay(flags.url)!;
    questions.push(`The page prints no publication date; ${published} is read from its address: check it.`);
  } else if (edited?.date) {
    // "입력 :ㅣ 수정 : 2022-06-15 14:06": the publication stamp left empty, the edit's printed. The article is no
    // later than that; usually of that day.
    published = edited.date;
    readAt.published = { line: edited.n, text: edited.t };
    questions.push(`The page prints only the date it was edited ("${edited.cue}"); ${published} was taken: check it.`);
  } else if (all.some((l) => photoDay(l.t))) {
    // A wire photo story prints no date of its own, only its photo's stamp ("2024.01.24 photo@news.kr"): the day.
    const photo = [...all].reverse().find((l) => photoDay(l.t))!;
    published = photoDay(photo.t)!;
    readAt.published = { line: photo.n, text: photo.t };
    questions.push(`The page prints no publication date; ${published} is its photo's stamp: check it.`);
  } else {
    // No stamp at all: the latest day written in full in the article's lines (else the page's), as a guess that
    // keeps the page's reading for the editor; every meeting is left unaccepted until the date is given.
    const days = (ls: JudgedLine[]) => ls.flatMap((l) => fullDays(l.line.text)).sort();
    const guess = days(lines.filter((l) => l.role !== 'chrome')).pop() ?? days(lines).pop();
    if (guess) {
      published = guess;
      publishedGuessed = true;
      questions.push(
        `The page prints no publication date; ${guess}, the latest day written in it, was taken and no meeting is ` +
          'accepted: give the date with --published YYYY-MM-DD.',
      );
    } else questions.push('The page prints no publication date: give it with --published YYYY-MM-DD.');
  }

  const found = findOutlet(lines, known);
  let outlet = found?.outlet;
  let slug = found?.slug ?? 'article';
  if (flags.outlet) {
    const hit = known.find((k) => squash(k.ko) === squash(flags.outlet!) || squash(k.en) === squash(flags.outlet!));
    outlet = hit ? { ko: hit.ko, en: hit.en } : { ko: flags.outlet, en: romanizeName(flags.outlet, false) };
    slug = hit?.slug ?? (squash(outlet.en) || slug);
    if (found && squash(found.outlet.ko) !== squash(outlet.ko))
      questions.push(`--outlet ${flags.outlet} differs from the page's "${found.at.text}": which is right?`);
  } else if (found) {
    readAt.outlet = found.at;
    notes.push(`The outlet is read from "${found.at.text}".`);
    if (!found.known)
      questions.push(`Outlet "${found.outlet.ko}" is new: check its English name "${found.outlet.en}".`);
  } else {
    questions.push(
      'The page does not name its outlet (no copyright line, tag or e-mail address): give it with --outlet.',
    );
  }

  const author = findAuthor(lines);
  if (author) readAt.author = author.at;

  let title = flags.title;
  if (!title) {
    const head = lines.find((l) => l.role === 'headline');
    if (head) {
      title = head.line.text.trim();
      readAt.title = { line: head.line.n, text: title };
      notes.push('The title is the first headline line of the page.');
    } else questions.push('The page prints no headline: give the title with --title.');
  }

  return {
    id: '',
    slug,
    ...(outlet ? { outlet } : {}),
    ...(title ? { title } : {}),
    ...(author ? { author: author.name } : {}),
    ...(published ? { published } : {}),
    ...(publishedNote ? { publishedNote } : {}),
    ...(publishedGuessed ? { publishedGuessed } : {}),
    ...(notes.length ? { note: notes.join(' ') } : {}),
    language: 'ko',
    ...(flags.url ? { url: flags.url } : {}),
    questions,
    readAt,
  };
}
