// An archive growing as an editor grows it, for the layout-stability test and figures: one more article (one new
// meeting, two new people) or many synthetic meetings, appended to a copy of a data folder. Texts are our own.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Rng } from '../tools/synth/rng';

/** A copy of `dataDir` to grow (drafts left out). */
export function dataCopy(dataDir: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-growth-'));
  cpSync(dataDir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}drafts`) });
  return dir;
}

const existingPeople = (dir: string) =>
  [...readFileSync(path.join(dir, 'people.yaml'), 'utf8').matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);

function addArticleFile(dir: string, id: string, text: string): void {
  writeFileSync(path.join(dir, 'articles', `${id}.txt`), text);
  writeFileSync(
    path.join(dir, 'articles', `${id}.yaml`),
    `id: ${id}\noutlet: { ko: 성장일보, en: Growth Daily }\ntitle: ${id}\npublished: '2025-12-01'\nlanguage: ko\n`,
  );
}

function addPerson(dir: string, id: string, ko: string, en: string, org: string): void {
  appendFileSync(
    path.join(dir, 'people.yaml'),
    `  - id: ${id}\n    name: { ko: ${ko}, en: ${en} }\n    affiliations:\n      - org: ${org}\n` +
      `        title: { ko: 대표, en: Chief executive }\n`,
  );
}

function addOrganization(dir: string, id: string, ko: string, en: string): void {
  appendFileSync(
    path.join(dir, 'organizations.yaml'),
    `  - id: ${id}\n    name: { ko: ${ko}, en: ${en} }\n    kind: company\n`,
  );
}

function addMeeting(dir: string, id: string, date: string, people: string[], article: string, quote: string): void {
  appendFileSync(
    path.join(dir, 'meetings.yaml'),
    `  - id: ${id}\n    date: '${date}'\n    kind: meeting\n    title: { ko: ${id}, en: ${id} }\n` +
      `    participants: [${people.join(', ')}]\n    summary: { ko: 만났다., en: They met. }\n` +
      `    sources:\n      - article: ${article}\n        quotes:\n          - ${quote}\n`,
  );
}

/** The everyday case: an article on a meeting of someone already on the map with two new people. */
export function addOneArticle(dir: string, host = 'chey-tae-won'): void {
  addOrganization(dir, 'hanbit-robotics', '한빛로보틱스', 'Hanbit Robotics');
  addPerson(dir, 'kang-do-yun', '강도윤', 'Kang Do-yun', 'hanbit-robotics');
  addPerson(dir, 'seo-ha-rin', '서하린', 'Seo Ha-rin', 'hanbit-robotics');
  const quote = '강도윤 대표와 서하린 부사장은 이날 오후 회장을 찾아 로봇 사업을 두고 만났다.';
  addArticleFile(dir, 'growth-2025-12-01-robotics', `로봇 회사 대표단 면담\n\n${quote}\n`);
  addMeeting(
    dir,
    'growth-2025-12-01-robotics',
    '2025-12-01',
    [host, 'kang-do-yun', 'seo-ha-rin'],
    'growth-2025-12-01-robotics',
    quote,
  );
}

/** `n` meetings (seeded): mostly among people already there, a third bringing in someone new. */
export function addSyntheticMeetings(dir: string, n: number, seed = 7): void {
  const rng = new Rng(seed);
  const people = existingPeople(dir);
  addOrganization(dir, 'growth-partners', '성장파트너스', 'Growth Partners');
  const lines: string[] = [];
  let added = 0;
  for (let i = 0; i < n; i++) {
    const group = [rng.pick(people)];
    if (rng.next() < 0.35) {
      const id = `growth-person-${++added}`;
      addPerson(dir, id, `성장인물${added}`, `Growth Person ${added}`, 'growth-partners');
      people.push(id);
      group.push(id);
    }
    while (group.length < 2 || (group.length < 3 && rng.next() < 0.3)) {
      const other = rng.pick(people);
      if (!group.includes(other)) group.push(other);
    }
    const quote = `성장 회동 ${i + 1}번째 자리에서 참석자들이 만났다.`;
    lines.push(quote);
    const day = String(1 + (i % 28)).padStart(2, '0');
    addMeeting(dir, `growth-meeting-${i + 1}`, `2025-11-${day}`, group, 'growth-2025-12-01-synthetic', quote);
  }
  addArticleFile(dir, 'growth-2025-12-01-synthetic', `성장 회동 모음\n\n${lines.join('\n')}\n`);
}
