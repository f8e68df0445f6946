// Bad links, opened one after another in one page: the app always opens, says what it ignored as plain text,
// never turns link text into markup, and leaves a clean URL behind.
import fc from 'fast-check';
import { buildIndex } from '../../src/core/graph/utils';
import { cleanNav, parseNav, type NavNotice } from '../../src/core/nav';
import { linkArb } from '../../src/core/robustness/links';
import { graph } from '../support/data';
import { expect, test } from '../support/fixtures';
import { ui } from '../support/ui';

const index = buildIndex(graph());
const RUNS = Number(process.env.LINK_RUNS ?? 200);
/** Links per test: each chunk runs in one page, and chunks can run in parallel workers. */
const CHUNK = 25;
const links = fc.sample(linkArb(graph()), { numRuns: RUNS, seed: 5 });
const chunks = Array.from({ length: Math.ceil(RUNS / CHUNK) }, (_, i) => links.slice(i * CHUNK, (i + 1) * CHUNK));

/** What the app should say about a link, from the query as the browser normalises it. */
function noticesOf(search: string): NavNotice[] {
  const parsed = parseNav(search);
  return [...parsed.notices, ...cleanNav(parsed.state, index).notices];
}

/** Kinds whose notice names the value as well as the parameter (see the UI strings). */
const NAMES_VALUE = new Set([
  'unknown-id',
  'malformed-date',
  'reversed-range',
  'duplicate',
  'invalid-lang',
  'conflict',
  'out-of-range',
]);

for (const [i, chunk] of chunks.entries())
  test(`generated links ${i * CHUNK + 1}–${i * CHUNK + chunk.length} open the app, with notices, on a clean URL`, async ({
    page,
  }) => {
    test.setTimeout(chunk.length * 8_000); // a page load takes 0.5–4 s, depending on the machine
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const { graph: drawn, notice } = ui(page);
    let withNotices = 0;

    for (const link of chunk) {
      await test.step(link.slice(0, 120), async () => {
        await page.goto(`/${link}`);
        // Chromium escapes what a URL may not hold (quotes, <, >, spaces); the app reads that form.
        const asked = new URL(`/${link}`, 'http://127.0.0.1').search;
        const expected = noticesOf(asked);
        await expect(drawn).toBeVisible();
        if (expected.length > 0) {
          withNotices++;
          await expect(notice).toBeVisible();
          const text = (await notice.textContent()) ?? '';
          for (const n of expected) {
            expect(text, `notice for ${n.kind} ${n.param}`).toContain(n.param);
            if (NAMES_VALUE.has(n.kind)) expect(text, `notice for ${n.kind} ${n.param}`).toContain(n.value);
          }
        } else {
          await expect(notice).toHaveCount(0);
        }
        // Link text never becomes markup.
        await expect(page.locator('img[src="x"], [onerror], [onload], script:not([src])')).toHaveCount(0);
        await expect.poll(() => page.evaluate(() => location.search).then((s) => noticesOf(s))).toEqual([]);
      });
    }
    expect(dialogs).toEqual([]);
    // The sample must exercise the notices at all.
    expect(withNotices).toBeGreaterThan(chunk.length / 4);
  });
