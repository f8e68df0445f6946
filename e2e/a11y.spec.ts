// Accessibility: no axe violations (WCAG 2.1 A/AA), a text alternative to the graph, everything by keyboard, and the
// interface in Korean or English.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import { graph, meeting, MEETINGS } from './support/data';
import { meetingItem, ui } from './support/ui';

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, 'axe violations').toEqual([]);
}

/** Presses Tab until `target` has focus; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, max = 150) {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('no axe violations on the main view', async ({ page }) => {
  await openApp(page);
  await expectNoAxeViolations(page);
});

test('no axe violations with a meeting open', async ({ page }) => {
  await openApp(page, `/?meeting=${MEETINGS.chey2025}`);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('no axe violations in Korean with a meeting open', async ({ page }) => {
  await openApp(page, `/?lang=ko&meeting=${MEETINGS.leeSon2025}`);
  await expect(ui(page, 'ko').panel.getByRole('heading', { level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the Meetings region lists every meeting in view and opens one from the keyboard', async ({ page }) => {
  await openApp(page);
  const { meetingItems, panel } = ui(page);
  await expect(meetingItems).toHaveCount(graph().meetings.length);
  const m = meeting(MEETINGS.chey2025);
  const button = meetingItem(page, m).getByRole('button');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
});

test('Tab reaches the search, the filters, both sliders, the list and the panel close', async ({ page }) => {
  await openApp(page);
  const u = ui(page);
  await tabTo(page, u.search);
  await tabTo(page, u.orgs.getByRole('checkbox').first());
  await page.keyboard.press('Space');
  await expect(u.orgs.getByRole('checkbox').first()).toBeChecked();
  await page.keyboard.press('Space');
  await expect(u.orgs.getByRole('checkbox').first()).not.toBeChecked();
  await tabTo(page, u.start);
  await tabTo(page, u.end);
  await tabTo(page, u.meetingItems.first().getByRole('button'));
  await page.keyboard.press('Enter');
  await expect(u.panel.getByRole('heading', { level: 2 })).toBeVisible();
  await tabTo(page, u.close);
  await page.keyboard.press('Enter');
  await expect(u.panel.getByRole('heading', { level: 2 })).toHaveCount(0);
});

test('the language buttons switch the interface between English and Korean', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '한국어', exact: true }).click();
  const ko = ui(page, 'ko');
  await expect(ko.timeline).toBeVisible();
  await expect(ko.meetings).toBeVisible();
  await expect(ko.search).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page).toHaveURL(/lang=ko/);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(ui(page).timeline).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a Korean browser gets the Korean interface by default', async ({ newContext }) => {
  const page = await (await newContext({ locale: 'ko-KR' })).newPage();
  await openApp(page);
  const ko = ui(page, 'ko');
  await expect(ko.timeline).toBeVisible();
  await expect(ko.start).toBeVisible();
  await expect(ko.meetings).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});
