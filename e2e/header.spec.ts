// The header holds still: "Link copied" appearing and going must not move the title, the search or the buttons.
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';

/** The header and each of its controls, as boxes on the page. */
async function headerBoxes(page: Page) {
  return page.locator('.app-header').evaluate((header) => {
    const parts = {
      header,
      title: header.querySelector('h1'),
      search: header.querySelector('[role="combobox"]'),
      language: header.querySelector('[role="group"]'),
      ...Object.fromEntries([...header.querySelectorAll('button')].map((b) => [`button ${b.textContent}`, b])),
    };
    return Object.fromEntries(
      Object.entries(parts).map(([name, el]) => {
        const r = el?.getBoundingClientRect();
        return [name, r ? [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 2) / 2) : null];
      }),
    );
  });
}

for (const viewport of [
  { width: 1366, height: 850 },
  { width: 390, height: 844 },
]) {
  test(`"Link copied" moves nothing in the header at ${viewport.width} px`, async ({ newContext }) => {
    const ctx = await newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    await openApp(page, '/?from=2025-01');
    // The search loads after the graph is drawn and widens the header's middle: measure once it is there.
    await expect(page.getByRole('combobox', { name: 'Search people and organisations' })).toBeVisible();
    const before = await headerBoxes(page);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    expect(await headerBoxes(page)).toEqual(before);
    await expect(page.getByText('Link copied')).toBeHidden({ timeout: 5_000 });
    expect(await headerBoxes(page)).toEqual(before);
  });
}
