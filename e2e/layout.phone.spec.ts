// On a phone: the details panel is a sheet over the graph that closes, the timeline works, nothing scrolls sideways.
import { expect, openApp, test } from './support/fixtures';
import { idsWithClass, tapElement } from './support/cy';
import { altmanChey, meeting, MEETINGS } from './support/data';
import { dragTo, expectedInRange, MEETING_MARKS, sliderDay, thumbPoint } from './support/timeline';
import { expectNoHorizontalOverflow, screen, ui } from './support/ui';

test('the panel is a sheet over the graph that can be closed', async ({ page }) => {
  await openApp(page);
  await expectNoHorizontalOverflow(page);
  const { panel, close, graph } = ui(page);
  await tapElement(page, altmanChey().id);
  await expect(panel).toBeVisible();
  await expect(panel).toBeInViewport();
  const sheet = (await panel.boundingBox())!;
  const drawn = (await graph.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(sheet.x).toBeGreaterThanOrEqual(0);
  expect(sheet.x + sheet.width).toBeLessThanOrEqual(viewport.width + 0.5);
  const overlap = Math.min(sheet.y + sheet.height, drawn.y + drawn.height) - Math.max(sheet.y, drawn.y);
  expect(overlap, 'the sheet lies over the graph').toBeGreaterThan(0);
  expect(sheet.y, 'the sheet leaves part of the graph visible above it').toBeGreaterThan(drawn.y);
  await expectNoHorizontalOverflow(page);
  await screen(page, 'phone-edge-open');
  await close.tap();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(graph).toBeVisible();
});

test('a meeting opened from a link shows in the sheet without sideways scrolling', async ({ page }) => {
  const m = meeting(MEETINGS.chey2025);
  await openApp(page, `/?meeting=${m.id}`);
  const { panel } = ui(page);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
  await expect(panel.locator('blockquote').first()).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screen(page, 'phone-meeting-open');
});

test('the timeline sliders are visible and can be dragged', async ({ page }) => {
  await openApp(page);
  const { start, end } = ui(page);
  await expect(start).toBeInViewport();
  await expect(end).toBeInViewport();
  const before = await sliderDay(start);
  await dragTo(page, start, '2025-06-01');
  expect(await sliderDay(start)).not.toBe(before);
  expect(await sliderDay(start)).toMatch(/^2025-0[3-9]-/);
  const want = expectedInRange(await sliderDay(start), await sliderDay(end));
  await expect.poll(() => idsWithClass(page, 'hidden', MEETING_MARKS)).toEqual(want.marksHidden);
  await expectNoHorizontalOverflow(page);
});

test('a window of one day shows two handles side by side, each still draggable', async ({ page }) => {
  await openApp(page, '/?from=2025-02-04&to=2025-02-04');
  const { start, end } = ui(page);
  const [a, b] = [await thumbPoint(start), await thumbPoint(end)];
  const size = (await start.boundingBox())!.height;
  // Before, both thumbs were drawn at the same point: one hid the other.
  expect(b.x - a.x, 'the end’s thumb right of the start’s, not on it').toBeGreaterThanOrEqual(size - 1);
  await dragTo(page, end, '2025-06-01');
  expect(await sliderDay(start)).toBe('2025-02-04');
  expect(await sliderDay(end)).toMatch(/^2025-0[4-7]-/);
});

test('in Korean nothing scrolls sideways either', async ({ page }) => {
  await openApp(page, `/?lang=ko&meeting=${MEETINGS.leeSon2025}`);
  await expect(ui(page, 'ko').panel.getByRole('heading', { level: 2 })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await screen(page, 'phone-ko-meeting-open');
});
