// Bad links, opened one after another in one page: the app always opens, says what it ignored as plain text,
// never turns link text into markup, and leaves a clean URL behind. The first link of each chunk is a full page
// load; the rest are followed inside the page (history.pushState and popstate, as Back and Forward do), which goes
// through the same parsing and cleaning at a fraction of a load's time. The thousands of cases are unit tests
// (src/testing/robustness/links.fuzz.test.ts).
import fc from 'fast-check';
import { buildIndex } from '../../src/core/graph';
import { cleanNav, groupNotices, parseNav, type NavNotice } from '../../src/core/url-codec';
import { linkArb } from '../../src/testing/robustness/links';
import { graph } from '../support/data';
import { expect, openApp, test } from '../support/fixtures';

const index = buildIndex(graph());
const RUNS = Number(process.env.LINK_RUNS ?? 60);
/** Links per test: each chunk runs in one page, and chunks can run in parallel workers. */
const CHUNK = 20;
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
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    let withNotices = 0;

    for (const [at, link] of chunk.entries()) {
      await test.step(link.slice(0, 120), async () => {
        let asked: string;
        if (at === 0) {
          await openApp(page, `/${link}`);
          // Chromium escapes what a URL may not hold (quotes, <, >, spaces); the app reads that form.
          asked = new URL(`/${link}`, 'http://127.0.0.1').search;
          await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
        } else {
          asked = await page.evaluate((url) => {
            history.pushState(null, '', url);
            const search = location.search;
            dispatchEvent(new PopStateEvent('popstate'));
            return search;
          }, `/${link}`);
        }
        const all = noticesOf(asked);
        if (all.length > 0) withNotices++;
        // Three of a kind are shown, the rest of that kind counted in one line.
        const { shown: expected, more } = groupNotices(all);
        // What the page shows, read in one round trip and retried until React has drawn this link's notices.
        await expect(async () => {
          const shown = await page.evaluate(() => {
            const notice = document.querySelector('[data-testid="notice"]');
            return {
              graph: document.querySelector('[data-testid="graph"]') !== null,
              items: notice?.querySelectorAll('li').length ?? 0,
              text: notice?.textContent ?? '',
              markup: document.querySelectorAll('img[src="x"], [onerror], [onload], script:not([src])').length,
              search: location.search,
            };
          });
          expect(shown.graph, 'the graph is drawn').toBe(true);
          expect(shown.items, 'one notice per thing ignored or corrected').toBe(expected.length + more.length);
          for (const e of expected) {
            expect(shown.text, `notice for ${e.kind} ${e.param}`).toContain(e.param);
            if (NAMES_VALUE.has(e.kind)) expect(shown.text, `notice for ${e.kind} ${e.param}`).toContain(e.value);
          }
          // Link text never becomes markup.
          expect(shown.markup, 'elements made from link text').toBe(0);
          expect(noticesOf(shown.search), 'the URL left behind is clean').toEqual([]);
        }).toPass({ timeout: 10_000 });
      });
    }
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // The sample must exercise the notices at all.
    expect(withNotices).toBeGreaterThan(chunk.length / 4);
  });
