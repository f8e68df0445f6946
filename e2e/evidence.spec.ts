// The quotes live in evidence files, fetched when a meeting is opened. A missing or damaged file says so in the
// panel, with a Retry; the rest of the panel and the graph keep working.
import type { Page, Route } from '@playwright/test';
import { clickElement } from './support/cy';
import { entity, evidenceFile, MEETINGS, meeting } from './support/data';
import { expect, openApp, test } from './support/fixtures';
import { expectQuotesMarked } from './support/panel';
import { ui } from './support/ui';

test.use({
  allowedConsoleErrors: [
    /^Failed to load resource: the server responded with a status of 404\b.*\/data\/evidence\/[0-9a-f]{16}\.json\)$/,
  ],
});

const id = MEETINGS.chey2025;
const file = () => `evidence/${meeting(id).evidence}.json`;

/** Serves `broken` for the meeting's evidence file until the test lets the real one through. */
async function breakEvidence(page: Page, broken: (route: Route) => Promise<void>) {
  const state = { serveReal: false };
  await page.route(`**/data/${file()}`, (route) => (state.serveReal ? route.continue() : broken(route)));
  return state;
}

async function expectProblemThenRetry(page: Page, state: { serveReal: boolean }, reason: RegExp) {
  const { panel, t } = ui(page);
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText(`The quotes could not be loaded (${file()})`);
  await expect(alert).toContainText(reason);
  // What graph.json has of the meeting is there (its summary and place come with the quotes), and so is the graph.
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(new RegExp(meeting(id).title.en!));
  await expect(panel).toContainText(entity(meeting(id).participants[0]).name.en);
  await expect(panel).not.toContainText(meeting(id).summary.en!);
  await expect(ui(page).graph).toBeVisible();
  state.serveReal = true;
  await alert.getByRole('button', { name: t.retry, exact: true }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel).toContainText(meeting(id).summary.en!);
  await expectQuotesMarked(panel, meeting(id));
}

test('the first view fetches no quotes; opening a meeting fetches its one evidence file', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/evidence/')) fetched.push(new URL(r.url()).pathname);
  });
  await openApp(page);
  expect(fetched).toEqual([]);
  await clickElement(page, `mtg:${id}`);
  await expectQuotesMarked(ui(page).panel, meeting(id));
  expect(fetched).toEqual([`/data/${file()}`]);
});

test('a missing evidence file says which, and Retry brings the quotes', async ({ page }) => {
  const state = await breakEvidence(page, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await openApp(page, `/?meeting=${id}`);
  await expectProblemThenRetry(page, state, /not found on the server \(HTTP 404\)/);
});

test('a damaged evidence file names the problem by its path', async ({ page }) => {
  const bad = structuredClone(evidenceFile(meeting(id).evidence)) as unknown as {
    records: Record<string, { sources: { quote: unknown }[] }>;
  };
  bad.records[id].sources[0].quote = 42;
  const state = await breakEvidence(page, (route) => route.fulfill({ json: bad }));
  await openApp(page, `/?meeting=${id}`);
  await expectProblemThenRetry(page, state, new RegExp(`records\\.${id}\\.sources\\[0\\]\\.quote`));
});

test('an evidence file without the meeting says so', async ({ page }) => {
  const other = structuredClone(evidenceFile(meeting(id).evidence));
  delete other.records[id];
  const state = await breakEvidence(page, (route) => route.fulfill({ json: other }));
  await openApp(page, `/?meeting=${id}`);
  await expectProblemThenRetry(page, state, new RegExp(`does not contain the quotes of "${id}"`));
});

test('quotes that cite an article the archive does not have are not shown; the problem is named', async ({ page }) => {
  const bad = structuredClone(evidenceFile(meeting(id).evidence));
  bad.records[id].sources[0].article = 'no-such-article';
  const state = await breakEvidence(page, (route) => route.fulfill({ json: bad }));
  await openApp(page, `/?meeting=${id}`);
  await expectProblemThenRetry(
    page,
    state,
    new RegExp(`records\\.${id}\\.sources\\[0\\]\\.article: unknown article "no-such-article"`),
  );
});
