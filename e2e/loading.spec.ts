// Loading graph.json: a visible loading state, and for every way the file can be wrong a specific reason and a
// Retry that recovers once the real file is served.
import type { Page, Route } from '@playwright/test';
import { expect, openApp, test, waitReady } from './support/fixtures';
import { SCHEMA_VERSION } from '../src/core/schema/graph';
import { graph, graphCopy, served } from './support/data';
import { ui } from './support/ui';

const DATA = '**/data/graph.json';

// The browser logs failed responses itself; those are expected here, anything else still fails the test.
test.use({
  allowedConsoleErrors: [
    /^Failed to load resource: the server responded with a status of (404|500)\b.*\/data\/graph\.json\)$/,
  ],
});

type Broken = (route: Route) => Promise<void>;

const json =
  (body: unknown): Broken =>
  (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });

/** Serves `broken` until the test lets the real file through, then expects a working Retry. */
async function expectErrorThenRetry(page: Page, broken: Broken, reason: RegExp, path = '/'): Promise<void> {
  let serveReal = false;
  await page.route(DATA, (route) => (serveReal ? route.continue() : broken(route)));
  await page.goto(path);
  const { t, graph: drawn } = ui(page);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: t.loadError })).toBeVisible();
  await expect(alert).toContainText(reason);
  await expect(drawn).toHaveCount(0);

  serveReal = true;
  await alert.getByRole('button', { name: t.retry, exact: true }).click();
  await waitReady(page);
  await expect(drawn).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('shows a loading state while the data is on its way, then the graph', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(DATA, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const { t, graph: drawn } = ui(page);
  const status = page.getByRole('status').filter({ hasText: t.loading });
  await expect(status).toBeVisible();
  await expect(drawn).toHaveCount(0);
  release();
  await waitReady(page);
  await expect(drawn).toBeVisible();
  await expect(status).toHaveCount(0);
});

test('a 404 says the file was not found', async ({ page }) => {
  await expectErrorThenRetry(page, (r) => r.fulfill({ status: 404, body: 'Not Found' }), /404/);
});

test('a 500 names the server error', async ({ page }) => {
  await expectErrorThenRetry(page, (r) => r.fulfill({ status: 500, body: 'boom' }), /500/);
});

test('an HTML page instead of JSON says it is not JSON', async ({ page }) => {
  const html = '<!doctype html><html><head><title>Sign in</title></head><body><h1>Sign in</h1></body></html>';
  await expectErrorThenRetry(
    page,
    (r) => r.fulfill({ status: 200, contentType: 'text/html', body: html }),
    /not JSON/i,
  );
});

test('truncated JSON says it is not valid JSON (cut off)', async ({ page }) => {
  const text = JSON.stringify(graph());
  const cut = text.slice(0, Math.floor(text.length / 2));
  await expectErrorThenRetry(
    page,
    (r) => r.fulfill({ status: 200, contentType: 'application/json', body: cut }),
    /not (valid )?JSON|cut off/i,
  );
});

test('a file that fails the schema names the first problem with its JSON path', async ({ page }) => {
  const bad = graphCopy();
  bad.meetings[0].date = '2025-13-01';
  await expectErrorThenRetry(page, json(served(bad)), /meetings\[0\]\.date/);
});

test('a schema problem deep in a record is located by its path', async ({ page }) => {
  const bad = graphCopy();
  bad.meetings[1].title = { ko: bad.meetings[1].title.ko, en: ' ' };
  await expectErrorThenRetry(page, json(served(bad)), /meetings\[1\]\.title\.en/);
});

test('a newer schemaVersion asks for a newer app, naming both versions', async ({ page }) => {
  const newer = { ...served(graphCopy()), schemaVersion: SCHEMA_VERSION + 1 };
  const versions = new RegExp(`newer version[^]*\\b${SCHEMA_VERSION + 1}\\b[^]*\\b${SCHEMA_VERSION}\\b`, 'i');
  await expectErrorThenRetry(page, json(newer), versions);
});

test('a meeting naming a person who is not in the file names the meeting, the column and the index', async ({
  page,
}) => {
  const bad = served(graphCopy());
  const participants = bad.meetings.participants as number[][];
  participants[0] = [...participants[0], 99_999];
  await expectErrorThenRetry(
    page,
    json(bad),
    /meetings\.participants\[0\]\[\d+\][^]*99999 is not the index of a person/,
  );
});

test('a file of the previous version names the version it needs', async ({ page }) => {
  const older = { ...graphCopy(), schemaVersion: SCHEMA_VERSION - 1 };
  await expectErrorThenRetry(page, json(older), new RegExp(`schemaVersion[^]*expected ${SCHEMA_VERSION}`));
});

test('an empty graph says there is nothing to show', async ({ page }) => {
  const empty = { ...graphCopy(), articles: [], entities: [], meetings: [], agreements: [] };
  await expectErrorThenRetry(page, json(served(empty)), /no meetings/i);
});

test('in Korean the error and Retry are in Korean', async ({ page }) => {
  let serveReal = false;
  await page.route(DATA, (route) => (serveReal ? route.continue() : route.fulfill({ status: 500, body: 'x' })));
  await page.goto('/?lang=ko');
  const { t } = ui(page, 'ko');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: t.loadError })).toBeVisible();
  await expect(alert).toContainText('500');
  serveReal = true;
  await alert.getByRole('button', { name: t.retry, exact: true }).click();
  await waitReady(page);
  await expect(page.getByTestId('graph')).toBeVisible();
});

test('the real file loads without any error', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(ui(page).graph).toBeVisible();
});
