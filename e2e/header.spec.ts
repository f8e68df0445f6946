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

test('only the reader’s language is downloaded first; a switch fetches the other and changes every word at once', async ({
  newContext,
}) => {
  const ctx = await newContext({ locale: 'en-US' });
  const page = await ctx.newPage();
  const tables: string[] = [];
  page.on('request', (r) => {
    const name = /\/assets\/(en|ko)-[\w-]+\.js$/.exec(new URL(r.url()).pathname)?.[1];
    if (name) tables.push(name);
  });
  await openApp(page);
  expect(tables).toEqual(['en']);
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Meeting Graph');
  // Every title the page shows from here on: the old one until the Korean strings are here, then theirs.
  await title.evaluate((h1) => {
    const seen: string[] = [];
    (window as unknown as { titles: string[] }).titles = seen;
    new MutationObserver(() => seen.push(h1.textContent ?? '')).observe(h1, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(title).toHaveText('회동 지도');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
  expect(tables).toEqual(['en', 'ko']);
  const titles = await page.evaluate(() => (window as unknown as { titles: string[] }).titles);
  expect(titles.every((t) => t === 'Meeting Graph' || t === '회동 지도')).toBe(true);
  // And back, with nothing more to download.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(title).toHaveText('Meeting Graph');
  expect(tables).toEqual(['en', 'ko']);
});
