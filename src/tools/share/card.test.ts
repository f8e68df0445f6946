// The card's layout measured as boxes (each line's extent in the packaged font), for the meetings of the data, of a
// synthetic archive, and the worst of each: nothing crosses the footer, runs past the margins or onto another line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BothLanguages } from '../../core/schema';
import { synthesize } from '../synth/model';
import { CARD_AREA, cardLayout, type CardLine } from './card';
import { describer } from './describe';
import { balance, measure } from './text';
import { readGraph } from './pages';
import type { MeetingCard } from './types';

const graphFile = path.join(import.meta.dirname, '../../../public/data/graph.json');
const graph = readGraph(readFileSync(graphFile, 'utf8'), graphFile);
if (Array.isArray(graph)) throw new Error(graph.map((p) => p.message).join('\n'));
const dataCards = graph.meetings.map(describer(graph));

/** Cards of a synthetic archive, built from its source records as `describer` builds them from graph.json. */
function synthCards(): MeetingCard[] {
  const set = synthesize({ people: 300, meetings: 400, seed: 5 });
  const names = new Map(set.people.map((p) => [p.id, p.name]));
  return set.meetings.map((m) => ({
    id: m.id,
    title: { ko: m.title.ko, en: m.title.en ?? m.title.ko },
    date: { ko: '2025년 2월 4일', en: 'Feb 4, 2025' },
    people: [...m.participants, ...(m.attendees ?? [])].map((id) => names.get(id)!),
    articles: m.sources.length,
    outlets: [{ ko: '합성일보', en: 'Synthetic Daily' }],
  }));
}

const titleLength = (c: MeetingCard) => c.title.ko.length + c.title.en.length;
const longestTitle = (cards: MeetingCard[]) => cards.reduce((a, b) => (titleLength(b) > titleLength(a) ? b : a));
const mostPeople = (cards: MeetingCard[]) => cards.reduce((a, b) => (b.people.length > a.people.length ? b : a));
/** The longest title with the most people of the set: the hardest card it could ask for. */
const worstOf = (cards: MeetingCard[]): MeetingCard => ({ ...longestTitle(cards), people: mostPeople(cards).people });

function expectFitted(lines: CardLine[], what: string) {
  const body = lines.filter((l) => l.role !== 'footer');
  for (const l of lines) {
    expect(l.box.left, `${what}: "${l.text}" starts inside the margin`).toBeGreaterThanOrEqual(CARD_AREA.left);
    expect(l.box.right, `${what}: "${l.text}" ends inside the margin`).toBeLessThanOrEqual(CARD_AREA.right);
    expect(l.box.top, `${what}: "${l.text}" below the top bar`).toBeGreaterThanOrEqual(CARD_AREA.top);
    expect(l.box.bottom, `${what}: "${l.text}" on the card`).toBeLessThanOrEqual(CARD_AREA.bottom);
  }
  for (const l of body) expect(l.box.bottom, `${what}: "${l.text}" above the footer`).toBeLessThan(CARD_AREA.footer);
  // Lines follow one another down the card, each box clear of the one before.
  for (let i = 1; i < lines.length; i++)
    expect(lines[i].box.top, `${what}: "${lines[i].text}" clear of "${lines[i - 1].text}"`).toBeGreaterThanOrEqual(
      lines[i - 1].box.bottom,
    );
}

/** Every name is shown, or as many as fit and then the count of the others, in Korean and in English. */
function expectPeopleTold(lines: CardLine[], people: BothLanguages[], what: string) {
  for (const [lang, more] of [
    ['ko', / 외 (\d+)명$/],
    ['en', / and (\d+) more$/],
  ] as const) {
    const names = lines.filter((l) => l.role === `people-${lang}`).map((l) => l.text);
    const text = names.join(' ');
    expect(text, `${what}: names in ${lang}`).not.toBe('');
    const counted = more.exec(text);
    if (counted) expect(Number(counted[1]), `${what}: the count in ${lang}`).toBeLessThan(people.length);
    else for (const p of people) expect(text, `${what}: ${p[lang]} named`).toContain(p[lang]);
    // A name is never broken across two lines.
    for (const p of people.filter((p) => text.includes(p[lang])))
      expect(
        names.some((l) => l.includes(p[lang])),
        `${what}: ${p[lang]} on one line`,
      ).toBe(true);
  }
}

const sets = { data: dataCards, synthetic: synthCards() };

describe('a meeting card', () => {
  it.each(Object.entries(sets))('fits every meeting of the %s set', (name, cards) => {
    for (const card of cards) {
      const lines = cardLayout(card);
      expectFitted(lines, `${name} ${card.id}`);
      expectPeopleTold(lines, card.people, `${name} ${card.id}`);
    }
  });

  it.each(Object.entries(sets))('fits the longest title with the most people of the %s set', (name, cards) => {
    const card = worstOf(cards);
    for (const c of [card, { ...card, people: [...card.people, ...card.people, ...card.people] }]) {
      const lines = cardLayout(c);
      expectFitted(lines, name);
      expectPeopleTold(lines, c.people, name);
    }
  });

  it('fits a long title and five people, each with a long name', () => {
    const card: MeetingCard = {
      ...dataCards[0],
      title: {
        ko: '최태원 SK그룹 회장과 샘 올트먼 오픈AI 최고경영자, 손정의 소프트뱅크그룹 회장의 인공지능 협력 3자 회동',
        en: 'Chey Tae-won of SK Group, Sam Altman of OpenAI and Masayoshi Son of SoftBank meet on artificial intelligence',
      },
      people: Array.from({ length: 5 }, (_, i) => ({
        ko: `샘 올트먼 오픈AI 최고경영자 ${i}`,
        en: `Samuel Harris Altman, Chief Executive of OpenAI ${i}`,
      })),
    };
    const lines = cardLayout(card);
    expectFitted(lines, 'five people');
    expectPeopleTold(lines, card.people, 'five people');
  });

  it('keeps the count of the others when even one name is too long for the lines', () => {
    const people = [{ ko: '가'.repeat(300), en: 'Name '.repeat(200) }, ...dataCards[0].people];
    const lines = cardLayout({ ...dataCards[0], people });
    expectFitted(lines, 'a very long name');
    const more = people.length - 1;
    expect(lines.filter((l) => l.role === 'people-ko').at(-1)!.text).toMatch(new RegExp(`… 외 ${more}명$`));
    expect(lines.filter((l) => l.role === 'people-en').at(-1)!.text).toMatch(new RegExp(`… and ${more} more$`));
  });

  it('breaks a title into lines of like length, not a full line and one word', () => {
    // The data's longest English title at the largest size: "… arranged by" / "SBVA" before.
    const title = longestTitle(dataCards).title.en;
    const lines = balance(title, 32, CARD_AREA.right - CARD_AREA.left, 2);
    expect(lines.join(' ')).toBe(title);
    const [a, b] = lines.map((l) => measure(l, 32));
    expect(Math.min(a, b) / Math.max(a, b)).toBeGreaterThan(0.6);
    for (const card of [...sets.data, ...sets.synthetic])
      for (const role of ['title-ko', 'title-en']) {
        const title = cardLayout(card).filter((l) => l.role === role);
        if (title.length !== 2 || title[1].text.endsWith('…')) continue;
        const [w1, w2] = title.map((l) => l.box.right - l.box.left);
        expect(Math.min(w1, w2) / Math.max(w1, w2), `${card.id} ${role}`).toBeGreaterThan(0.5);
      }
  });

  it('names everyone of the data in English too when two lines hold them', () => {
    const card = mostPeople(dataCards);
    const en = cardLayout(card)
      .filter((l) => l.role === 'people-en')
      .map((l) => l.text)
      .join(' ');
    for (const p of card.people) expect(en).toContain(p.en);
  });
});
