// Links carry the view: a pasted URL reproduces it in a fresh browser, Back/Forward walk through selections, Copy
// link copies a URL that reopens the same view, and a bad link still opens the app with a notice and a clean URL.
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import { clickElement, idsWithClass } from './support/cy';
import { chey, marksOfMeeting, meeting, MEETINGS, orgNamed } from './support/data';
import { sliderDay } from './support/timeline';
import { meetingItem, ui } from './support/ui';

const marksOf = (id: string) => marksOfMeeting(meeting(id)).sort();

const checked = (page: Page, name: string) =>
  ui(page).orgs.getByRole('checkbox', { name: new RegExp(`^${name}\\b`), checked: true });

test('?meeting= opens the panel on that meeting and marks its node and spokes', async ({ page }) => {
  const m = meeting(MEETINGS.chey2025);
  await openApp(page, `/?meeting=${m.id}`);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
  expect(marksOf(m.id)[0]).toBe(`mtg:${m.id}`);
  await expect.poll(() => idsWithClass(page, 'selected-meeting')).toEqual(marksOf(m.id));
  expect(await idsWithClass(page, 'hidden')).not.toContain(`mtg:${m.id}`);
});

test('an old ?meeting= link to a meeting of two marks the line between them', async ({ page }) => {
  const m = meeting(MEETINGS.cheyJun2024);
  await openApp(page, `/?meeting=${m.id}`);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
  await expect.poll(() => idsWithClass(page, 'selected-meeting')).toEqual(marksOf(m.id));
  expect(marksOf(m.id)[0]).toMatch(/^met:/);
});

test('a range that excludes the linked meeting is widened to show it', async ({ page }) => {
  const m = meeting(MEETINGS.chey2025);
  await openApp(page, `/?meeting=${m.id}&from=2025-03&to=2025-10`);
  const { panel, start, end } = ui(page);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
  expect((await sliderDay(start)) <= m.date).toBe(true);
  expect((await sliderDay(end)) >= m.date).toBe(true);
  const hidden = await idsWithClass(page, 'hidden');
  expect(marksOf(m.id).filter((id) => hidden.includes(id))).toEqual([]);
});

test('person, organisation filters, language and range reproduce the view in a fresh context', async ({
  newContext,
}) => {
  const ctx = await newContext();
  const page = await ctx.newPage();
  const samsung = orgNamed('Samsung Group');
  const krafton = orgNamed('Krafton');
  await openApp(page, `/?person=${chey().id}&org=${samsung.id}&org=${krafton.id}&lang=ko&from=2024-06&to=2025-02`);
  const k = ui(page, 'ko');
  await expect(k.timeline).toBeVisible();
  await expect(k.panel.getByRole('heading', { level: 2 })).toContainText(chey().name.ko);
  await expect(k.orgs.getByRole('checkbox', { name: new RegExp(`^${samsung.name.ko}`), checked: true })).toBeVisible();
  await expect(k.orgs.getByRole('checkbox', { name: new RegExp(`^${krafton.name.ko}`), checked: true })).toBeVisible();
  expect(await sliderDay(k.start)).toBe('2024-06-01');
  expect(await sliderDay(k.end)).toBe('2025-02-28');
});

test('a view made by clicking reopens the same in a fresh context', async ({ page, newContext }) => {
  await openApp(page);
  const sk = orgNamed('SK Group');
  await ui(page)
    .orgs.getByRole('checkbox', { name: new RegExp(`^${sk.name.en}\\b`) })
    .check();
  await meetingItem(page, meeting(MEETINGS.chey2025)).getByRole('button').click();
  await expect(page).toHaveURL(new RegExp(`meeting=${MEETINGS.chey2025}`));
  await expect(page).toHaveURL(new RegExp(`org=${sk.id}`));

  const other = await (await newContext()).newPage();
  await openApp(other, page.url());
  await expect(ui(other).panel.getByRole('heading', { level: 2 })).toContainText(meeting(MEETINGS.chey2025).title.en!);
  await expect(checked(other, sk.name.en)).toBeVisible();
  await expect(ui(other).meetingItems).toHaveCount(await ui(page).meetingItems.count());
});

test('Back and Forward walk through selections', async ({ page }) => {
  await openApp(page);
  const { panel } = ui(page);
  const heading = panel.getByRole('heading', { level: 2 });
  await clickElement(page, chey().id);
  await expect(heading).toContainText(chey().name.en);
  const m = meeting(MEETINGS.leeSon2025);
  await meetingItem(page, m).getByRole('button').click();
  await expect(heading).toContainText(m.title.en!);

  await page.goBack();
  await expect(heading).toContainText(chey().name.en);
  await expect(page).toHaveURL(new RegExp(`person=${chey().id}`));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: chey().name.en })).toHaveCount(0);
  await expect(page).not.toHaveURL(/person=|meeting=/);
  await page.goForward();
  await expect(heading).toContainText(chey().name.en);
  await page.goForward();
  await expect(heading).toContainText(m.title.en!);
});

test('Copy link copies a URL that reopens the same view', async ({ newContext }) => {
  const ctx = await newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await ctx.newPage();
  const m = meeting(MEETINGS.leeSon2025);
  await openApp(page, '/?from=2025-01&to=2025-06');
  await meetingItem(page, m).getByRole('button').click();
  await ui(page).copyLink.click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^https?:\/\//);
  expect(copied).toContain(`meeting=${m.id}`);

  const again = await (await newContext()).newPage();
  await openApp(again, copied);
  await expect(ui(again).panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
  expect(await sliderDay(ui(again).start)).toBe(await sliderDay(ui(page).start));
  expect(await sliderDay(ui(again).end)).toBe(await sliderDay(ui(page).end));
});

const badLinks: { query: string; names: RegExp; gone: RegExp }[] = [
  { query: 'meeting=no-such-meeting', names: /meeting[^]*no-such-meeting/, gone: /meeting=/ },
  { query: 'person=nobody', names: /person[^]*nobody/, gone: /person=/ },
  { query: 'from=2025-13', names: /from[^]*2025-13/, gone: /from=2025-13/ },
  { query: 'to=2025-02-30', names: /to[^]*2025-02-30/, gone: /to=2025-02-30/ },
];

for (const { query, names, gone } of badLinks) {
  test(`a bad link (${query}) opens the app with a notice and a clean URL`, async ({ page }) => {
    await openApp(page, `/?${query}`);
    await expect(ui(page).graph).toBeVisible();
    await expect(ui(page).notice).toBeVisible();
    await expect(ui(page).notice).toContainText(names);
    await expect(page).not.toHaveURL(gone);
  });
}

test('a reversed range opens the app with a notice and a range in order', async ({ page }) => {
  await openApp(page, '/?from=2025-06&to=2024-06');
  await expect(ui(page).notice).toContainText(/revers/i);
  const url = new URL(page.url());
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  if (from && to) expect(from <= to, `clean URL has from ≤ to: ${url.search}`).toBe(true);
  expect((await sliderDay(ui(page).start)) <= (await sliderDay(ui(page).end))).toBe(true);
});
