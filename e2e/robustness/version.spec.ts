// Nothing lost between data and screen: the footer names the data version the page was actually served.
import { expect, openApp, test } from '../support/fixtures';

test('the footer shows the first 8 hex digits of the served graph’s sourceDigest', async ({ page }) => {
  const served = page.waitForResponse((r) => r.url().endsWith('/data/graph.json') && r.ok());
  await openApp(page);
  const { sourceDigest } = (await (await served).json()) as { sourceDigest: string };
  expect(sourceDigest).toMatch(/^[0-9a-f]{64}$/);
  await expect(page.getByRole('contentinfo')).toContainText(`Data ${sourceDigest.slice(0, 8)}`);
});

test('a different graph shows its own version', async ({ page, request }) => {
  const graph = (await (await request.get('/data/graph.json')).json()) as { sourceDigest: string };
  const other = { ...graph, sourceDigest: 'abcdef01'.repeat(8) };
  await page.route('**/data/graph.json', (route) => route.fulfill({ json: other }));
  await openApp(page);
  await expect(page.getByRole('contentinfo')).toContainText('Data abcdef01');
  await expect(page.getByRole('contentinfo')).not.toContainText(graph.sourceDigest.slice(0, 8));
});
