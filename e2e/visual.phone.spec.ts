// Phone-sized visual checks: the main view and the sheet with a meeting open.
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import { MEETINGS } from './support/data';
import { ui } from './support/ui';

// The baselines show the views as most readers get them: pans and fades animated, then settled.
test.use({ reducedMotion: 'no-preference' });

const masks = (page: Page) => [page.getByText(/^(Data|데이터) [0-9a-f]{8}$/)];

test('main view on a phone', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveScreenshot('main.png', { mask: masks(page) });
});

test('a meeting open on a phone', async ({ page }) => {
  await openApp(page, `/?meeting=${MEETINGS.chey2025}`);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toBeVisible();
  // The quotes come from their evidence file: the picture is taken once they are in.
  await expect(ui(page).panel.locator('blockquote').first()).toBeAttached();
  await expect(page).toHaveScreenshot('meeting.png', { mask: masks(page) });
});
