// A few whole-page visual checks; the data digest in the footer is masked (it changes with every data edit).
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import { MEETINGS } from './support/data';
import { ui } from './support/ui';
import { clickElement } from './support/cy';

// The baselines show the views as most readers get them: pans and fades animated, then settled.
test.use({ reducedMotion: 'no-preference' });

const masks = (page: Page) => [page.getByText(/^(Data|데이터) [0-9a-f]{8}$/)];

test('main view', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveScreenshot('main.png', { mask: masks(page) });
});

test('a meeting open', async ({ page }) => {
  await openApp(page, `/?meeting=${MEETINGS.chey2025}`);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toBeVisible();
  // The quotes come from their evidence file: the picture is taken once they are in.
  await expect(ui(page).panel.locator('blockquote').first()).toBeAttached();
  await expect(page).toHaveScreenshot('meeting.png', { mask: masks(page) });
});

test('Korean, a meeting open', async ({ page }) => {
  await openApp(page, `/?lang=ko&meeting=${MEETINGS.leeSon2025}`);
  await expect(ui(page, 'ko').panel.getByRole('heading', { level: 2 })).toBeVisible();
  // The quotes come from their evidence file: the picture is taken once they are in.
  await expect(ui(page, 'ko').panel.locator('blockquote').first()).toBeAttached();
  await expect(page).toHaveScreenshot('meeting-ko.png', { mask: masks(page) });
});

test('one node per organisation, a line between two of them open', async ({ page }) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: 'One node per organisation' }).check();
  await expect.poll(() => page.evaluate(() => window.__MG__!.cy.nodes('.person').length)).toBe(0);
  const line = await page.evaluate(() =>
    window
      .__MG__!.cy.edges('.agg.met')
      .max((e) => e.data('n') as number)
      .ele.id(),
  );
  await clickElement(page, line);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page).toHaveScreenshot('collapsed.png', { mask: masks(page) });
});
