// The Content-Security-Policy: only the page's own origin may supply scripts, styles, data and images, the built
// page has no inline script, and a whole session (load, select, search, filter, drag) stays inside it.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dragTo, sliderDay } from '../support/timeline';
import { expect, openApp, test } from '../support/fixtures';
import { ui } from '../support/ui';

declare global {
  interface Window {
    __csp?: string[];
  }
}

const dist = process.env.E2E_DIST ?? 'dist';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

const policyOf = (page: Page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content', { timeout: 1_000 });

test('the served page allows only its own origin for scripts, styles, data and images', async ({ page }) => {
  await openApp(page);
  const policy = await policyOf(page);
  expect(policy).toBeTruthy();
  const d = directives(policy!);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('connect-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  // Inline styles are allowed (React style props, Cytoscape's container styles); `data:` only for the blank icon.
  expect(["'self'", "'unsafe-inline'"]).toEqual(expect.arrayContaining(d.get('style-src')!));
  expect(["'self'", 'data:']).toEqual(expect.arrayContaining(d.get('img-src')!));
  expect(d.get('style-src')).toContain("'self'");
  expect(d.get('img-src')).toContain("'self'");
  expect(policy).not.toMatch(/\*|https?:|'unsafe-eval'|'strict-dynamic'/);
});

test('the built index.html has no inline script or event handler', () => {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/\bsrc="\/[^"]+"/);
    expect(body.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
});

test('a session stays on its own origin with no policy violation', async ({ page }) => {
  const requests: string[] = [];
  const consoleCsp: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && consoleCsp.push(m.text()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const { meetingItems, panel, search, orgs, start } = ui(page);

  await openApp(page);
  await meetingItems.first().getByRole('button').first().click();
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  await search.fill('Altman');
  await expect(page.getByRole('option').first()).toBeVisible();
  await search.press('Escape');
  await orgs.getByRole('checkbox').first().check();
  const before = await sliderDay(start);
  await dragTo(page, start, '2025-06-01');
  expect(await sliderDay(start)).not.toBe(before);

  const origin = new URL(page.url()).origin;
  const foreign = requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'));
  expect(foreign).toEqual([]);
  expect(requests.some((u) => u.endsWith('/data/graph.json'))).toBe(true);
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(consoleCsp).toEqual([]);
});
