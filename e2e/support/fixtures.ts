// Shared test object: every page a test opens is watched, and the test fails on any uncaught error or console error.
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
import type { Core } from 'cytoscape';
import type { DrawnGraph } from '../../src/core/drawn';

declare global {
  interface Window {
    __MG__?: { cy: Core; drawn: DrawnGraph; ready: boolean };
  }
}

interface Fixtures {
  /** Console errors a test provokes on purpose, matched against "<text> (<source url>)". */
  allowedConsoleErrors: RegExp[];
  /** Starts watching a page for console errors and uncaught exceptions (the default `page` is watched already). */
  watch: (page: Page) => void;
  /** A fresh browser context (own storage, locale, permissions) whose pages are watched; closed after the test. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  watch: [
    async ({ allowedConsoleErrors, context }, provide) => {
      const problems: string[] = [];
      const watched = new WeakSet<Page>();
      const watch = (page: Page) => {
        if (watched.has(page)) return;
        watched.add(page);
        page.on('console', (msg) => {
          const text = msg.text();
          const where = msg.location().url;
          // The app's error boundary reports what it caught as a warning: still a crash.
          if (msg.type() === 'warning' && text.startsWith('Meeting Graph caught')) problems.push(`crash: ${text}`);
          if (msg.type() !== 'error') return;
          const full = where ? `${text} (${where})` : text;
          if (allowedConsoleErrors.some((re) => re.test(full))) return;
          problems.push(`console.error on ${page.url()}: ${full}`);
        });
        page.on('pageerror', (err) => problems.push(`uncaught on ${page.url()}: ${err.message}`));
      };
      context.on('page', watch);
      context.pages().forEach(watch);
      await provide(watch);
      expect(problems, 'console errors or uncaught exceptions during the test').toEqual([]);
    },
    { auto: true },
  ],
  newContext: async ({ browser, watch }, provide) => {
    const made: BrowserContext[] = [];
    await provide(async (options) => {
      const ctx = await freshContext(browser, options);
      ctx.on('page', watch);
      made.push(ctx);
      return ctx;
    });
    for (const ctx of made) await ctx.close();
  },
  page: async ({ page, watch }, provide) => {
    watch(page);
    await provide(page);
  },
});

async function freshContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  // Keep the project's viewport and base URL unless the test overrides them.
  const { baseURL, viewport, locale, userAgent, deviceScaleFactor, isMobile, hasTouch } = test.info().project.use;
  return browser.newContext({
    baseURL,
    viewport,
    locale,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    ...options,
  });
}

export { expect };

/** Opens the app at `path` and waits until the graph is drawn (`window.__MG__.ready`). */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitReady(page);
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__MG__?.ready === true, undefined, { timeout: 15_000 });
  await settle(page);
}

/** Waits until Cytoscape has no running viewport or element animation (e.g. after centring on a selection). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = window.__MG__?.cy;
    return !!cy && !cy.animated() && cy.elements().filter((e) => e.animated()).length === 0;
  });
}
