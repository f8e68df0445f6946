import { describe, expect, it } from 'vitest';
import { makeGraph } from '../../testing/graphs';
import { encodeGraph, SCHEMA_VERSION } from '../../core/schema';
import { CARD_AREA, cardLayout, fitPeople } from './card';
import { wrap } from './text';
import { describer } from './describe';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cardCache } from './cache';
import { readGraph, sharePages, siteFrom } from './pages';
import type { MeetingCard, SharePage } from './types';
import { meetingHead, withHead } from './tags';

const graph = makeGraph({
  people: [
    { id: 'chey', ko: '최태원', en: 'Chey Tae-won' },
    { id: 'altman', ko: '샘 올트먼', en: 'Sam "the" Altman' },
  ],
  meetings: [{ id: 'jan', date: '2024-01', participants: ['altman', 'chey'], articles: ['a1', 'a2'] }],
});
const TEMPLATE = '<!doctype html><html lang="en"><head><title>Meeting Graph</title></head><body></body></html>';

describe('meeting pages', () => {
  it('tell the meeting in both languages, with absolute URLs for the page and its image', () => {
    const card = describer(graph)(graph.meetings[0]);
    expect(card.date).toEqual({ ko: '2024년 1월 (날짜 미상)', en: 'January 2024 (day not reported)' });
    const head = meetingHead(card, { url: 'https://example.org/graph/' });
    expect(head).toContain('<link rel="canonical" href="https://example.org/graph/m/jan/" />');
    expect(head).toContain('<meta property="og:image" content="https://example.org/graph/m/jan/card.png" />');
    // Names go into attributes escaped: a quote in the data cannot end the attribute.
    expect(head).toContain('Sam &quot;the&quot; Altman');
    expect(head).toContain('기사 2건');
    expect(withHead(TEMPLATE, head)).toMatch(/^<!doctype html><html lang="ko"><head><title>jan · jan<\/title>/);
  });

  it('are written for every meeting as drawn, each with a 1200×630 PNG', async () => {
    const pages: SharePage[] = [];
    const { value } = await sharePages(graph, TEMPLATE, { url: 'http://127.0.0.1:4173/' }, (p) => pages.push(p));
    expect(value).toEqual({ pages: 1, drawn: 1 });
    expect(pages.map((p) => p.html.path)).toEqual(['m/jan/index.html']);
    const png = Buffer.from(pages[0].image.bytes);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('draw a card only when what it shows has changed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-cards-'));
    try {
      const site = { url: 'http://127.0.0.1:4173/' };
      const run = async (g: typeof graph) =>
        (await sharePages(g, TEMPLATE, site, () => undefined, cardCache(dir))).value;
      expect(await run(graph)).toEqual({ pages: 1, drawn: 1 });
      expect(await run(graph)).toEqual({ pages: 1, drawn: 0 });
      const renamed = structuredClone(graph);
      renamed.meetings[0].title = { ko: '다른 제목', en: 'Another title' };
      expect(await run(renamed)).toEqual({ pages: 1, drawn: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('name what is wrong: the site address, graph.json, the page template', async () => {
    expect(siteFrom('not a url')).toMatchObject({ file: 'MG_SITE_URL' });
    expect(siteFrom('ftp://x/')).toMatchObject({ file: 'MG_SITE_URL' });
    expect(siteFrom('https://example.org/a')).toEqual({ url: 'https://example.org/a/' });
    expect(readGraph('{', 'dist/data/graph.json')).toEqual([
      expect.objectContaining({ file: 'dist/data/graph.json', message: expect.stringMatching(/^not JSON/) }),
    ]);
    const bad = structuredClone(graph);
    bad.meetings[0].title.ko = '회동\u0001';
    expect(readGraph(JSON.stringify(encodeGraph(bad)), 'g.json')).toEqual([
      { file: 'g.json', message: expect.stringMatching(/^meetings\[0\]\.title\.ko: contains a control character/) },
    ]);
    // The same checks as the app's: a meeting naming someone the file does not have is refused too.
    const unknown = encodeGraph(graph);
    (unknown.meetings.participants as number[][])[0][0] = 999;
    expect(readGraph(JSON.stringify(unknown), 'g.json')).toEqual([
      { file: 'g.json', message: 'meetings.participants[0][0]: 999 is not the index of a person' },
    ]);
    expect(readGraph(`{"schemaVersion":${SCHEMA_VERSION}}`, 'g.json')).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^articles/) }),
    );
    expect(readGraph('{"schemaVersion":3}', 'g.json')).toContainEqual(
      expect.objectContaining({ message: `schemaVersion: expected ${SCHEMA_VERSION}, found 3` }),
    );
    expect(await sharePages(graph, '<html></html>', { url: 'http://x/' }, () => undefined)).toEqual({
      value: null,
      problems: [expect.objectContaining({ file: 'index.html' })],
    });
  });
});

describe('wrap', () => {
  const width = (s: string, size: number) => [...s].length * size * 0.5;
  it('breaks at spaces, cuts a word too long for a line, and ends a cut text with an ellipsis', () => {
    expect(wrap('가나 다라 마바', 10, 25, 3, width)).toEqual(['가나 다라', '마바']);
    expect(wrap('가나다라마바사아', 10, 20, 3, width)).toEqual(['가나다라', '마바사아']);
    expect(wrap('one two three four', 10, 40, 1, width)).toEqual(['one two…']);
  });
});

describe('cards at the scale of an archive', () => {
  const person = (i: number) => ({ ko: `참석자${i}`, en: `Participant Number ${i}` });
  const card = (title: string, people: number): MeetingCard => ({
    id: 'x',
    title: { ko: title, en: title },
    date: { ko: '2025년 2월 4일', en: '4 February 2025' },
    people: Array.from({ length: people }, (_, i) => person(i)),
    articles: 12,
    outlets: [{ ko: '서울경제', en: 'Seoul Economic Daily' }],
  });

  it.each([
    ['a short title and two people', '회동', 2],
    [
      'a long title and five people',
      '최태원 SK그룹 회장과 샘 올트먼 오픈AI CEO, 손정의 소프트뱅크 회장의 3자 회동 '.repeat(3),
      5,
    ],
    ['2,000 characters without a space and 1,000 people', '가'.repeat(2000), 1000],
  ])('%s: every line above the footer, inside the margins', (_name, title, people) => {
    const lines = cardLayout(card(title, people));
    for (const l of lines.filter((l) => l.role !== 'footer')) expect(l.box.bottom).toBeLessThan(CARD_AREA.footer);
    for (const l of lines) expect(l.box.right).toBeLessThanOrEqual(CARD_AREA.right);
    for (const role of ['title-ko', 'title-en', 'people-ko', 'people-en'])
      expect(lines.filter((l) => l.role === role).length).toBeGreaterThan(0);
  });

  it('names as many people as fit, then says how many more, measuring only those who could fit', () => {
    const people = Array.from({ length: 1000 }, (_, i) => person(i));
    let calls = 0;
    const counted = (s: string, size: number) => (calls++, [...s].length * size * 0.5);
    expect(fitPeople(people, 'en', 26, 1, counted)[0]).toMatch(/ and \d+ more$/);
    expect(calls).toBeLessThan(2_000); // 1,000 wraps of up to 1,000 names before
    const lines = fitPeople(people, 'en', 26, 1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Participant Number 0, .* and \d+ more$/);
  });

  it('wraps in time proportional to the text, measuring each word once', () => {
    let calls = 0;
    const counted = (s: string, size: number) => (calls++, [...s].length * size * 0.5);
    wrap('가'.repeat(20_000), 10, 100, 3, counted);
    expect(calls).toBeLessThan(200);
    calls = 0;
    wrap(Array.from({ length: 5000 }, () => '가나').join(' '), 10, 100, 1000, counted);
    expect(calls).toBeLessThan(5000 * 2 + 10);
  });
});
