// The timeline: the range sliders hide what falls outside without moving anything, month-precision meetings stay
// while their month overlaps, Play steps the window, and a histogram shows when meetings happened.
import type { Page } from '@playwright/test';
import { dateStartDay } from '../src/core/schema/dates';
import { expect, openApp, test } from './support/fixtures';
import { idsWithClass, nodePositions, type Point } from './support/cy';
import { meeting, MEETINGS, people } from './support/data';
import { dragTo, expectedInRange, keyTo, MEETING_MARKS, sliderDay } from './support/timeline';
import { meetingItem, T, ui } from './support/ui';

const item = (page: Page, id: string) => meetingItem(page, meeting(id));

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

/** The graph and the Meetings region show exactly what the sliders' range holds, and no node has moved. */
async function expectRangeShown(page: Page, before: Record<string, Point>) {
  const { start, end, meetingItems } = ui(page);
  const want = expectedInRange(await sliderDay(start), await sliderDay(end));
  await expect(meetingItems).toHaveCount(want.meetings.length);
  await expect.poll(() => idsWithClass(page, 'hidden', MEETING_MARKS)).toEqual(want.marksHidden);
  const withMeetings = people()
    .filter((p) => want.people.has(p.id))
    .map((p) => p.id);
  const without = people()
    .filter((p) => !want.people.has(p.id))
    .map((p) => p.id);
  const faded = await idsWithClass(page, 'faded', 'node');
  expect(faded).toEqual(expect.arrayContaining(without));
  expect(faded.filter((id) => withMeetings.includes(id))).toEqual([]);
  expect(await nodePositions(page)).toEqual(before);
}

test('the keyboard moves the range start and hides earlier meetings without moving any node', async ({ page }) => {
  const before = await nodePositions(page);
  const { start } = ui(page);
  await expect(item(page, '2025-02-04-altman-kim-chang-han')).toHaveCount(1);
  await keyTo(start, '2025-02-05');
  await expect(item(page, '2025-02-04-altman-kim-chang-han')).toHaveCount(0);
  await expect(item(page, '2025-10-01-altman-chey')).toHaveCount(1);
  await expectRangeShown(page, before);
});

test('dragging the start handle hides earlier meetings without moving any node', async ({ page }) => {
  const before = await nodePositions(page);
  const { start } = ui(page);
  // Between the February and October 2025 meetings.
  await dragTo(page, start, '2025-06-01');
  expect(await sliderDay(start)).toMatch(/^2025-0[3-9]-/);
  await expect(item(page, MEETINGS.leeSon2025)).toHaveCount(0);
  await expect(item(page, '2025-10-01-altman-lee')).toHaveCount(1);
  await expectRangeShown(page, before);
});

test('a month-precision meeting stays while the range start is inside its month', async ({ page }) => {
  const { start } = ui(page);
  await expect(item(page, MEETINGS.cheyJan2024)).toContainText(T.en.monthOnly);
  await expect(item(page, MEETINGS.chey2025)).not.toContainText(T.en.monthOnly);
  await keyTo(start, '2024-06-15');
  await expect(item(page, MEETINGS.cheyJan2024)).toHaveCount(0);
  await expect(item(page, MEETINGS.cheyJun2024)).toHaveCount(1);
  await expect(item(page, MEETINGS.cheyJun2024)).toContainText(T.en.monthOnly);
  await keyTo(start, '2024-07-01');
  await expect(item(page, MEETINGS.cheyJun2024)).toHaveCount(0);
});

test('a month-precision meeting stays while the range end is inside its month', async ({ page }) => {
  const before = await nodePositions(page);
  const { end } = ui(page);
  await keyTo(end, '2024-06-15');
  await expect(item(page, MEETINGS.cheyJun2024)).toHaveCount(1);
  await expect(item(page, MEETINGS.chey2025)).toHaveCount(0);
  await expectRangeShown(page, before);
  await keyTo(end, '2024-05-31');
  await expect(item(page, MEETINGS.cheyJun2024)).toHaveCount(0);
  await expect(item(page, MEETINGS.cheyJan2024)).toHaveCount(1);
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('Play steps the window forward and Pause stops it', async ({ page }) => {
    const { t, timeline, start, end } = ui(page);
    const range = async () =>
      `${await start.getAttribute('aria-valuetext')} – ${await end.getAttribute('aria-valuetext')}`;
    const initial = await range();
    await timeline.getByRole('button', { name: t.play, exact: true }).click();
    const pause = timeline.getByRole('button', { name: t.pause, exact: true });
    await expect(pause).toBeVisible();
    await expect.poll(range).not.toEqual(initial);
    const stepped = await range();
    await expect.poll(range).not.toEqual(stepped);
    await pause.click();
    await expect(timeline.getByRole('button', { name: t.play, exact: true })).toBeVisible();
  });

  test('Play ends on the window the reader started from', async ({ page }) => {
    await openApp(page, '/?from=2025-08-01&to=2025-09-15');
    const { t, timeline, start, end } = ui(page);
    await timeline.getByRole('button', { name: t.play, exact: true }).click();
    await expect(timeline.getByRole('button', { name: t.pause, exact: true })).toBeVisible();
    await expect.poll(() => sliderDay(end)).not.toBe('2025-09-15');
    // Before, it stopped on the last window; now the reader's own comes back.
    await expect(timeline.getByRole('button', { name: t.play, exact: true })).toBeVisible({ timeout: 20_000 });
    expect([await sliderDay(start), await sliderDay(end)]).toEqual(['2025-08-01', '2025-09-15']);
  });
});

test('a month typed into the date fields shows all of it; a day that does not exist is named and changes nothing', async ({
  page,
}) => {
  const { timeline, start, end, meetingItems } = ui(page);
  const from = timeline.getByRole('textbox', { name: 'First day shown' });
  const to = timeline.getByRole('textbox', { name: 'Last day shown' });
  await from.fill('2025-02');
  await from.press('Enter');
  await to.fill('2025.2');
  await to.press('Enter');
  await expect(from).toHaveValue('2025-02-01');
  await expect(to).toHaveValue('2025-02-28');
  expect([await sliderDay(start), await sliderDay(end)]).toEqual(['2025-02-01', '2025-02-28']);
  await expect(meetingItems).toHaveCount(expectedInRange('2025-02-01', '2025-02-28').meetings.length);
  await to.fill('2025-02-30');
  await to.press('Enter');
  await expect(timeline.getByRole('alert')).toHaveText('There is no such day');
  expect(await sliderDay(end)).toBe('2025-02-28');
  await to.press('Escape');
  await expect(to).toHaveValue('2025-02-28');
  await expect(timeline.getByRole('alert')).toHaveCount(0);
});

test('clicking a histogram bar shows its month', async ({ page }) => {
  const { timeline, start, end, meetingItems } = ui(page);
  await timeline.locator(`rect[data-from="${dateStartDay('2025-02-01')}"]`).click();
  await expect.poll(() => sliderDay(start)).toBe('2025-02-01');
  expect(await sliderDay(end)).toBe('2025-02-28');
  await expect(meetingItems).toHaveCount(expectedInRange('2025-02-01', '2025-02-28').meetings.length);
});

test('a histogram shows how many meetings fall in each period', async ({ page }) => {
  const histogram = ui(page).timeline.getByTestId('histogram');
  await expect(histogram).toBeVisible();
  const box = (await histogram.boundingBox())!;
  expect(box.width).toBeGreaterThan(100);
  expect(box.height).toBeGreaterThan(8);
  // Four months have meetings (Jan and Jun 2024, Feb and Oct 2025): at least three bars however they are binned.
  expect(await histogram.locator('rect, [data-bar]').count()).toBeGreaterThanOrEqual(3);
});
