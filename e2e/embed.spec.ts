// The embed (/embed/?…): the map inside a newsroom's article. The preview server lets http://localhost:* frame it
// (MG_EMBED_ORIGINS in playwright.config.ts); the app itself is http://127.0.0.1:<port>, so a host page on
// localhost is an allowed site and the same page on 127.0.0.1 (another port, another origin) is not.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../src/tools/serving/headers';
import { expect, openApp, test } from './support/fixtures';
import { meeting, MEETINGS } from './support/data';
import { ui } from './support/ui';

const ALLOWED = 'http://localhost:*';

/** An article page that frames whatever HTML it is given (`?code=`), or the embed of `?view=`. */
let host: Server;
let hostPort: number;
let appOrigin: string;

test.beforeAll(async () => {
  appOrigin = new URL(test.info().project.use.baseURL!).origin;
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const code =
      url.searchParams.get('code') ??
      `<iframe src="${appOrigin}/embed/${url.searchParams.get('view') ?? ''}" title="Meeting Graph" width="100%" height="640" style="border:0"></iframe>`;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><html lang="en"><head><title>An article</title><style>body{margin:0;font:17px/1.6 Georgia,serif;color:#222}main{max-width:1000px;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.6rem;line-height:1.25}</style></head><body><main><h1>Who Sam Altman met in Seoul</h1><p>The map below shows every meeting reported during his visits.</p>${code}<p>Reporting by the newsroom.</p></main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostPort = (host.address() as AddressInfo).port;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

/** The frame of the embed inside the host page, once it has a document of its own. */
async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().length).toBe(2);
  return page.frames()[1];
}

async function waitEmbedReady(frame: Frame) {
  await frame.waitForFunction(() => window.__MG__?.ready === true, undefined, { timeout: 15_000 });
}

test('only the embed may be framed, and only by the sites it lists', async ({ request }) => {
  const embed = (await request.get('/embed/?from=2025-01')).headers();
  expect(embed['content-security-policy']).toMatch(new RegExp(`; frame-ancestors ${ALLOWED.replace('*', '\\*')}$`));
  expect(embed['x-frame-options']).toBeUndefined();
  expect(embed['x-content-type-options']).toBe('nosniff');
  for (const path of ['/', '/?from=2025-01', `/m/${MEETINGS.chey2025}/`, '/embed/missing.js', '/data/graph.json']) {
    const h = (await request.get(path)).headers();
    expect(h['content-security-policy'], path).toMatch(/; frame-ancestors 'none'$/);
    expect(h['x-frame-options'], path).toBe('DENY');
  }
  // For hosts that send no headers, the page carries the rest of the policy, and runs no inline script.
  const html = await (await request.get('/embed/')).text();
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;')}">`,
  );
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).toContain('data-layout="embed"');
  const bare = await request.get('/embed?meeting=x', { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers().location).toBe('/embed/?meeting=x');
});

test('an allowed site shows the embed: graph, timeline, panel and a way to the full map', async ({ page }) => {
  const m = meeting(MEETINGS.chey2025);
  await page.goto(`http://localhost:${hostPort}/?view=${encodeURIComponent(`?meeting=${m.id}`)}`);
  const frame = await embedFrame(page);
  await waitEmbedReady(frame);
  const inside = page.frameLocator('iframe');
  await expect(inside.getByTestId('graph')).toBeVisible();
  expect(await frame.evaluate(() => window.__MG__!.cy.nodes(':visible').length)).toBeGreaterThan(5);
  await expect(inside.getByRole('group', { name: 'Timeline', exact: true })).toBeVisible();
  await expect(
    inside.getByRole('complementary', { name: 'Details', exact: true }).getByRole('heading', { level: 2 }),
  ).toContainText(m.title.en!);
  // The embed stays the embed: its own address, cleaned, no sidebar, search or sharing of its own.
  expect(frame.url()).toBe(`${appOrigin}/embed/?meeting=${m.id}`);
  await expect(inside.getByRole('combobox')).toHaveCount(0);
  await expect(inside.getByRole('button', { name: 'Copy link' })).toHaveCount(0);

  const full = inside.getByRole('link', { name: /^Open the full map/ });
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('rel', 'noopener noreferrer');
  const [tab] = await Promise.all([page.context().waitForEvent('page'), full.click()]);
  await tab.waitForFunction(() => window.__MG__?.ready === true, undefined, { timeout: 15_000 });
  expect(tab.url()).toBe(`${appOrigin}/?meeting=${m.id}`);
  await expect(ui(tab).panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
  expect(await tab.evaluate(() => [document.referrer, window.opener])).toEqual(['', null]);
});

test.describe('a site that is not listed', () => {
  // Chromium says so in the host page's console: "Framing '<app>' violates … frame-ancestors …".
  test.use({ allowedConsoleErrors: [/Framing '[^']+' violates .*"frame-ancestors /] });

  test('is refused by the browser: the frame never loads the app', async ({ page }) => {
    const refusals: string[] = [];
    page.on('console', (msg) => {
      if (/^Framing '[^']+' violates .*frame-ancestors/.test(msg.text())) refusals.push(msg.text());
    });
    await page.goto(`http://127.0.0.1:${hostPort}/?view=${encodeURIComponent('?from=2025-01')}`);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    expect(refusals[0]).toContain(`'${appOrigin}/'`);
    expect(refusals[0]).toContain(`"frame-ancestors ${ALLOWED}"`);
    const frame = await embedFrame(page);
    expect(frame.url()).not.toContain('/embed/');
    expect(await frame.evaluate(() => typeof window.__MG__)).toBe('undefined');
    await expect(page.frameLocator('iframe').getByTestId('graph')).toHaveCount(0);
  });
});

test('Embed gives the iframe code of the view on screen, which an allowed site can paste', async ({ newContext }) => {
  const ctx = await newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await ctx.newPage();
  const m = meeting(MEETINGS.leeSon2025);
  await openApp(page, `/?meeting=${m.id}&from=2025-01&lang=ko`);
  await page.getByRole('button', { name: '퍼가기', exact: true }).click();
  const code = page.getByRole('textbox', { name: 'HTML 코드' });
  const html = await code.inputValue();
  expect(html).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" [^>]*><\/iframe>$/);
  expect(html).toContain(`src="${appOrigin}/embed/?meeting=${m.id}&amp;from=2025-01&amp;lang=ko"`);
  expect(html).toContain(`title="회동 지도: ${m.title.ko}"`);
  await page.getByRole('button', { name: '코드 복사', exact: true }).click();
  await expect(page.getByText('코드를 복사했습니다')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(html);
  await page.keyboard.press('Escape');
  await expect(code).toHaveCount(0);

  const article = await ctx.newPage();
  await article.goto(`http://localhost:${hostPort}/?code=${encodeURIComponent(html)}`);
  await waitEmbedReady(await embedFrame(article));
  await expect(
    article.frameLocator('iframe').getByRole('complementary', { name: '상세 정보' }).getByRole('heading', { level: 2 }),
  ).toContainText(m.title.ko);
});

test('no axe violations on the embed, with a meeting open', async ({ page }) => {
  await openApp(page, `/embed/?meeting=${MEETINGS.chey2025}`);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

// Pictures to look at, not baselines: `MG_SHOTS=1` writes the embed inside an article at desktop and phone widths.
test('pictures of the embed inside an article', async ({ newContext }) => {
  test.skip(!process.env.MG_SHOTS, 'set MG_SHOTS=1 to write .cache/shots/embed-*.png');
  mkdirSync('.cache/shots', { recursive: true });
  for (const [name, viewport, view] of [
    ['desktop', { width: 1280, height: 900 }, ''],
    ['desktop-meeting', { width: 1280, height: 900 }, `?meeting=${MEETINGS.chey2025}`],
    ['phone', { width: 390, height: 844 }, ''],
    ['phone-meeting', { width: 390, height: 844 }, `?meeting=${MEETINGS.chey2025}`],
  ] as const) {
    const page = await (await newContext({ viewport })).newPage();
    await page.goto(`http://localhost:${hostPort}/?view=${encodeURIComponent(view)}`);
    await waitEmbedReady(await embedFrame(page));
    // The panel loads after the graph: its hint, or the meeting's heading.
    await expect(page.frameLocator('iframe').locator('.panel :is(p, h2)').first()).toBeAttached();
    await page.screenshot({ path: `.cache/shots/embed-${name}.png`, fullPage: true });
  }
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const page = await (await newContext({ viewport })).newPage();
    await openApp(page, `/?meeting=${MEETINGS.chey2025}`);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.screenshot({ path: `.cache/shots/embed-code-${name}.png` });
  }
});
