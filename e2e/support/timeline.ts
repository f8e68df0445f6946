// Moving the timeline's range sliders as a reader does: keys or the mouse, watching the date they announce.
import { expect, type Locator, type Page } from '@playwright/test';
import { dateEndDay, dateStartDay, dayToIso } from '../../src/core/schema/dates';
import type { Meeting } from '../../src/core/schema';
import { graph, marksOfMeeting } from './data';

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

/** Day number (days since the epoch) of the day a slider announces. */
const dayOf = async (slider: Locator) => dateStartDay(await sliderDay(slider));

async function pressTimes(slider: Locator, key: string, times: number): Promise<void> {
  const { keyboard } = slider.page();
  for (let i = 0; i < times; i++) await keyboard.press(key);
}

/**
 * Moves a slider to `target` (YYYY-MM-DD) with the keyboard as a reader would: PageUp or PageDown while far away
 * (one press shows how far a page goes), then arrows, one day each. Reads the slider three times at most.
 */
export async function keyTo(slider: Locator, target: string): Promise<void> {
  await slider.focus();
  const want = dateStartDay(target);
  let at = await dayOf(slider);
  if (Math.abs(want - at) > 1) {
    const up = want > at;
    const key = up ? 'PageUp' : 'PageDown';
    await pressTimes(slider, key, 1);
    const next = await dayOf(slider);
    const page = Math.abs(next - at);
    at = next;
    const left = (want - at) * (up ? 1 : -1); // days still to go the way the key moves
    if (page > 0 && left >= page) {
      await pressTimes(slider, key, Math.floor(left / page));
      at = await dayOf(slider);
    }
  }
  await pressTimes(slider, want > at ? 'ArrowRight' : 'ArrowLeft', Math.abs(want - at));
  expect(await sliderDay(slider), 'the slider stops on the day it was moved to').toBe(target);
}

/** Drags a slider's thumb with the mouse in one gesture to where `target` (YYYY-MM-DD) lies on its track. */
export async function dragTo(page: Page, slider: Locator, target: string): Promise<void> {
  const thumb = await thumbPoint(slider);
  const to = await thumbPoint(slider, dateStartDay(target));
  await page.mouse.move(thumb.x, thumb.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/**
 * Where the thumb of a slider is, or would be at `value`: the element itself for a custom slider, computed for a
 * native range input.
 */
export async function thumbPoint(slider: Locator, value?: number): Promise<{ x: number; y: number }> {
  await expect(slider).toBeVisible();
  const box = (await slider.boundingBox())!;
  const native = await slider.evaluate((el, value) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'range') return null;
    const min = Number(el.min || 0);
    const max = Number(el.max || 100);
    return ((value ?? Number(el.value)) - min) / (max - min || 1);
  }, value);
  if (native === null) return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // A native thumb is as tall as its input; the input overhangs the track by half a thumb at each end.
  const half = Math.min(box.height, box.width) / 2;
  return { x: box.x + half + native * (box.width - 2 * half), y: box.y + box.height / 2 };
}

/** What should be visible for an inclusive day range: meetings overlapping it, their marks, their people. */
export function expectedInRange(from: string, to: string) {
  const lo = dateStartDay(from);
  const hi = dateEndDay(to);
  const inRange = (m: Meeting) => dateEndDay(m.date) >= lo && dateStartDay(m.date) <= hi;
  const meetings = graph().meetings.filter(inRange);
  const shown = new Set(meetings.flatMap(marksOfMeeting));
  const all = new Set(graph().meetings.flatMap(marksOfMeeting));
  const hidden = [...all].filter((id) => !shown.has(id));
  const people = new Set(meetings.flatMap((m) => m.participants));
  return { meetings, marksShown: [...shown].sort(), marksHidden: hidden.sort(), people };
}

/** The elements that stand for meetings: pair lines, meeting nodes and their spokes. */
export const MEETING_MARKS = 'edge.met, edge.spoke, node.meeting';

export const day = (n: number) => dayToIso(n);
