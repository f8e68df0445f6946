// On a phone the link goes to the system share sheet (Web Share API); without one, or when it fails, it is copied.
import { expect, openApp, test } from './support/fixtures';

test('Share hands the view’s link to the share sheet', async ({ newContext }) => {
  const ctx = await newContext();
  await ctx.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { __shared: shared });
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
  });
  const page = await ctx.newPage();
  await openApp(page, '/?from=2025-10');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
  expect(shared).toHaveLength(1);
  expect(shared[0].url).toBe(page.url());
  expect(shared[0].url).toContain('from=2025-10');
});

test('Share copies the link when the share sheet fails', async ({ newContext }) => {
  const ctx = await newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  await ctx.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: () => Promise.reject(new DOMException('not allowed', 'NotAllowedError')),
    });
  });
  const page = await ctx.newPage();
  await openApp(page, '/?from=2025-10');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
