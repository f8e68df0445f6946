// data/ as an editor would have it after recording the earlier reports of the same event: a copy of the data folder
// with the people, organisations, articles and meetings of those reports added, as their readings give them. The
// next report of the event is then read against it, and must add itself to those meetings, not repeat them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { MeetingKind } from '../../../core/schema/common';
import { alikeWordByWord, loosely, romanizeName, slugOf } from '../korean/names';
import { shortens } from '../helpers/foreign';
import { titleIn } from '../helpers/names';
import type { CorpusArticle, GoldMeetingSpec } from './corpus';

export interface RecordedMeeting {
  id: string;
  date: string;
  /** The people of the meeting, as ids of the copy. */
  people: string[];
  /** Those who met, of `people`. */
  principals: string[];
}

export interface Recorded {
  dir: string;
  meetings: RecordedMeeting[];
  /** Person ids of the copy, by the name an article prints. */
  personByName: Map<string, string>;
  cleanup(): void;
}

interface Named {
  id: string;
  name: { ko: string; en: string };
}

const read = <T>(dir: string, file: string, key: string): T[] =>
  ((parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, T[] | null>)[key] ?? []) as T[];

/** The same two or more who met, one report naming more of them than the other. */
export const samePrincipals = (a: string[], b: string[]) => {
  const within = (x: string[], y: string[]) => x.length >= 2 && x.every((p) => y.includes(p));
  return within(a, b) || within(b, a);
};

/** Dates that name the same time at different precision: "2024", "2024-06" and "2024-06-03". */
export const compatibleDates = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** A whole line of the text that names as many of `names` as any line does (the shortest such), for a quote. */
function quoteFor(text: string, names: string[]): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= 10);
  const score = (l: string) => names.filter((n) => l.includes(n)).length;
  const best = Math.max(0, ...lines.map(score));
  return lines.filter((l) => score(l) === best).sort((a, b) => a.length - b.length)[0] ?? lines[0] ?? text.trim();
}

export function withRecorded(dataDir: string, prior: { article: CorpusArticle; text: string }[]): Recorded {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-real-'));
  cpSync(dataDir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}drafts`) });
  type Person = Named & { affiliations?: { org: string; title?: { ko: string } }[]; aliases?: string[] };
  const people = read<Person>(dir, 'people.yaml', 'people');
  const orgs = read<Named>(dir, 'organizations.yaml', 'organizations');
  const meetings = read<Record<string, unknown> & { id: string; sources: unknown[] }>(dir, 'meetings.yaml', 'meetings');
  const personByName = new Map(people.map((p) => [p.name.ko, p.id]));
  const orgByName = new Map(orgs.map((o) => [o.name.ko, o.id]));
  const taken = new Set([...people.map((p) => p.id), ...orgs.map((o) => o.id)]);
  const fresh = (base: string) => {
    let id = slugOf(base) || 'x';
    for (let n = 2; taken.has(id); n++) id = `${slugOf(base) || 'x'}-${n}`;
    taken.add(id);
    return id;
  };
  const recorded: RecordedMeeting[] = [];
  // Names a reading could not give in full: meetings of theirs are left unrecorded, as an editor would wait.
  const unnamed = new Set<string>();

  for (const { article, text } of prior) {
    for (const p of article.people) {
      if (personByName.has(p.name)) continue;
      // A reading that names someone only as the page does, by surname and post ("김 대통령"): no name an editor
      // would record.
      // Nor by surname alone ("문", title 대통령).
      if (!p.id && ((/^[가-힣]\s\S+$/.test(p.name) && titleIn(p.name.split(' ')[1])) || /^[가-힣]$/.test(p.name))) {
        unnamed.add(p.name);
        continue;
      }
      // The same person spelt another way by an earlier report ("팜민찐", "팜 민 찐"): the reading's id says so, and
      // an editor would add the spelling as an alias.
      // So is a foreign name written by its last word ("푸케" after "크리스토퍼 푸케"), or in full after it, by one of
      // the same organisation: the reading's ingest takes them for one; so is one printed with a dash for a space
      // ("알-칼리파", "알 칼리파").
      const org = p.org?.trim();
      const sameOrg = (x: Person) =>
        !!org && !!x.affiliations?.some((a) => orgs.find((o) => o.id === a.org)?.name.ko === org);
      // With no organisation given, a long name's first or last word ("칼둔" of "칼둔 칼리파 알 무바라크") where it is
      // the only such name.
      const longNamed = org
        ? []
        : people.filter((x) => x.name.ko.split(' ').length >= 3 && shortens(p.name, x.name.ko));
      // A foreign name of several words spelt loosely the same ("노다 요시히코", "노다 요시히꼬"), whatever the
      // organisation each report gives.
      const same = p.id
        ? people.find((x) => x.id === p.id)
        : (people.find((x) => p.name.includes(' ') && loosely(p.name) === loosely(x.name.ko)) ??
          people.find(
            (x) =>
              sameOrg(x) &&
              (shortens(p.name, x.name.ko) ||
                shortens(x.name.ko, p.name) ||
                alikeWordByWord(p.name, x.name.ko) ||
                loosely(p.name) === loosely(x.name.ko)),
          ) ??
          (longNamed.length === 1 ? longNamed[0] : undefined));
      if (same) {
        same.aliases = [...(same.aliases ?? []), p.name];
        personByName.set(p.name, same.id);
        continue;
      }
      if (org && !orgByName.has(org)) {
        const id = fresh(`org-${romanizeName(org, false)}`);
        orgs.push({ id, name: { ko: org, en: romanizeName(org, false) }, kind: 'other' } as Named);
        orgByName.set(org, id);
      }
      const id =
        p.id && !taken.has(p.id) && slugOf(p.id) === p.id ? (taken.add(p.id), p.id) : fresh(romanizeName(p.name));
      people.push({
        id,
        name: { ko: p.name, en: romanizeName(p.name) },
        affiliations: org ? [{ org: orgByName.get(org)!, title: { ko: p.title?.trim() || '관계자' } }] : [],
      });
      personByName.set(p.name, id);
    }
    writeFileSync(path.join(dir, 'articles', `${article.key}.txt`), text);
    const title =
      text
        .split(/\r?\n/)
        .find((l) => l.trim().length >= 5)
        ?.trim()
        .slice(0, 200) ?? article.key;
    writeFileSync(
      path.join(dir, 'articles', `${article.key}.yaml`),
      stringify({
        id: article.key,
        outlet: { ko: article.outlet, en: romanizeName(article.outlet, false) },
        title,
        published: article.published,
        language: 'ko',
        url: article.url,
      }),
    );
    const reported: GoldMeetingSpec[] = [...article.meetings, ...article.earlier].filter(
      (m) => m.date && /^\d{4}-\d{2}/.test(m.date),
    );
    reported.forEach((m, i) => {
      if (m.principals.some((n) => unnamed.has(n))) return;
      const ids = (names: string[]) => names.map((n) => personByName.get(n)).filter((id): id is string => !!id);
      const participants = [...new Set(ids(m.principals))];
      const attendees = [...new Set(ids(m.attendees))].filter((a) => !participants.includes(a));
      if (participants.length === 0) return;
      const all = [...participants, ...attendees];
      const quote = quoteFor(text, [...m.principals, ...m.attendees]);
      // The same meeting told again: most of its people, or the same two or more who met, however many more sat
      // in this time.
      const same = recorded.find(
        (r) =>
          compatibleDates(r.date, m.date!) &&
          (all.filter((p) => r.people.includes(p)).length * 2 >= all.length ||
            samePrincipals(participants, r.principals)),
      );
      if (same) {
        const record = meetings.find((x) => x.id === same.id)!;
        record.sources.push({ article: article.key, quotes: [quote] });
        return;
      }
      const id = `${article.key}-m${i + 1}`;
      const kind = MeetingKind.safeParse(m.kind).success ? m.kind : 'meeting';
      meetings.push({
        id,
        date: m.date,
        kind,
        title: { ko: `${m.principals.join('·')} 회동` },
        participants,
        ...(attendees.length ? { attendees } : {}),
        // As an editor records it: the place too, which tells two meetings of one day apart.
        ...(m.place ? { place: { ko: m.place } } : {}),
        summary: { ko: '평가를 위해 기록한 회동' },
        sources: [{ article: article.key, quotes: [quote] }],
      });
      recorded.push({ id, date: m.date!, people: all, principals: participants });
    });
  }
  const write = (file: string, key: string, list: unknown[]) =>
    writeFileSync(path.join(dir, file), stringify({ [key]: list }, { lineWidth: 0 }));
  write('people.yaml', 'people', people);
  write('organizations.yaml', 'organizations', orgs);
  write('meetings.yaml', 'meetings', meetings);
  return { dir, meetings: recorded, personByName, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
