// Moving the timeline's range sliders as a reader does: keys or the mouse, watching the date they announce.
import { expect, type Locator, type Page } from '@playwright/test';
import { dateEndDay, dateStartDay, dayToIso } from '../../src/core/schema/dates';
import { graph } from './data';

const MONTH =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)/i;

/** The day (YYYY-MM-DD) a slider announces in its aria-valuetext, in English or ISO form. */
export async function sliderDay(slider: Locator): Promise<string> {
  const text = (await slider.getAttribute('aria-valuetext')) ?? '';
  const iso = /(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3] ?? '01'}`;
  const ko = /(\d{4})년\s*(\d{1,2})월(?:\s*(\d{1,2})일)?/.exec(text);
  if (ko) return `${ko[1]}-${ko[2].padStart(2, '0')}-${(ko[3] ?? '1').padStart(2, '0')}`;
  const words = text.replace(/^\D*?(?=\d|[A-Z])/i, '');
  const parsed = new Date(`${words} UTC`);
  if (!MONTH.test(words.replace(/^\d+\s+/, '')) || Number.isNaN(parsed.getTime()))
    throw new Error(`cannot read a date from aria-valuetext "${text}"`);
  return parsed.toISOString().slice(0, 10);
}

/** Presses a key on a slider until the day it announces satisfies `done`. */
export async function pressUntil(slider: Locator, key: string, done: (day: string) => boolean, max = 800) {
  await slider.focus();
  for (let i = 0; i < max; i++) {
    if (done(await sliderDay(slider))) return;
    await slider.press(key);
  }
  throw new Error(`slider did not reach the wanted date after ${max} presses of ${key}`);
}

/** Moves the start slider forward with the keyboard until it is after `day`, using PageUp while far away. */
export async function keyStartAfter(start: Locator, day: string) {
  const target = dateStartDay(day);
  await pressUntil(start, 'PageUp', (d) => dateStartDay(d) > target - 45);
  await pressUntil(start, 'ArrowRight', (d) => dateStartDay(d) > target);
}

/** Drags a slider's thumb with the mouse, step by step, until the day it announces satisfies `done`. */
export async function dragUntil(page: Page, slider: Locator, dx: number, done: (day: string) => boolean) {
  const thumb = await thumbPoint(slider);
  await page.mouse.move(thumb.x, thumb.y);
  await page.mouse.down();
  let x = thumb.x;
  const box = (await slider.page().viewportSize())!;
  while (!done(await sliderDay(slider))) {
    x += dx;
    if (x < 0 || x > box.width) throw new Error('dragged off the screen before reaching the wanted date');
    await page.mouse.move(x, thumb.y);
  }
  await page.mouse.up();
}

/** Where the thumb of a slider is: the element itself for a custom slider, computed for a native range input. */
async function thumbPoint(slider: Locator): Promise<{ x: number; y: number }> {
  await expect(slider).toBeVisible();
  const box = (await slider.boundingBox())!;
  const native = await slider.evaluate((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'range') return null;
    const min = Number(el.min || 0);
    const max = Number(el.max || 100);
    return (Number(el.value) - min) / (max - min || 1);
  });
  if (native === null) return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // A native thumb is as tall as its input; the input overhangs the track by half a thumb at each end.
  const half = Math.min(box.height, box.width) / 2;
  return { x: box.x + half + native * (box.width - 2 * half), y: box.y + box.height / 2 };
}

/** What should be visible for an inclusive day range: meetings overlapping it, their edges, their people. */
export function expectedInRange(from: string, to: string) {
  const lo = dateStartDay(from);
  const hi = dateEndDay(to);
  const meetings = graph().meetings.filter((m) => dateEndDay(m.date) >= lo && dateStartDay(m.date) <= hi);
  const ids = new Set(meetings.map((m) => m.id));
  const metEdges = graph().edges.filter((e) => e.kind === 'met');
  const shown = metEdges.filter((e) => e.kind === 'met' && e.meetings.some((m) => ids.has(m))).map((e) => e.id);
  const hidden = metEdges.map((e) => e.id).filter((id) => !shown.includes(id));
  const people = new Set(meetings.flatMap((m) => m.participants));
  return { meetings, edgesShown: shown.sort(), edgesHidden: hidden.sort(), people };
}

export const day = (n: number) => dayToIso(n);
