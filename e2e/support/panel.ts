// Checks on the evidence panel shared by several specs.
import { expect, type Locator } from '@playwright/test';
import type { Evidence, Meeting } from '../../src/core/schema';
import { graph } from './data';

/** Every quote shown is a `mark` inside its sentence, and every quote of the meeting is shown. */
export async function expectQuotesMarked(panel: Locator, m: Evidence): Promise<void> {
  const quotes = panel.locator('blockquote');
  await expect(quotes.first()).toBeVisible();
  const shown: { mark: string; text: string }[] = [];
  for (const q of await quotes.all()) {
    const marks = q.locator('mark');
    await expect(marks.first(), 'each quote is marked inside its sentence').toBeVisible();
    const text = norm(await q.innerText());
    for (const mark of await marks.allInnerTexts()) {
      expect(text, 'the mark is part of the blockquote').toContain(norm(mark));
      shown.push({ mark: norm(mark), text });
    }
  }
  for (const s of m.sources) {
    const hit = shown.find((x) => x.mark === norm(s.quote));
    expect(hit, `quote shown and marked: ${s.quote}`).toBeDefined();
    expect(hit!.text, 'the quote is shown inside its sentence').toContain(norm(`${s.before}${s.quote}${s.after}`));
  }
}

/** Outlets of the articles reporting a meeting, in English. */
export function outlets(m: Meeting): string[] {
  return outletsOf(m.articles);
}

export function outletsOf(articles: string[]): string[] {
  const ids = new Set(articles);
  return graph()
    .articles.filter((a) => ids.has(a.id))
    .map((a) => a.outlet.en);
}

export function articleCount(m: Meeting): number {
  return m.articles.length;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where each text first appears in a container's text, to check an order. */
export async function positionsIn(container: Locator, texts: string[]): Promise<number[]> {
  const all = norm(await container.innerText());
  return texts.map((t) => all.indexOf(norm(t)));
}
