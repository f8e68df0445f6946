// What the server sends with every page (npm start and npm run preview): the Content-Security-Policy as a header
// (a meta tag cannot forbid framing), no MIME sniffing, a referrer policy; the same for static hosts in _headers
// and an nginx snippet; and room for long links.
import { readFileSync } from 'node:fs';
import { SECURITY_HEADERS } from '../../src/tools/serving/headers';
import { expect, test } from '../support/fixtures';
import { graph } from '../support/data';

const dist = process.env.E2E_DIST ?? 'dist';

test('every page is sent with the security headers, framing forbidden', async ({ request }) => {
  for (const path of ['/', `/m/${graph().meetings[0].id}/`, '/data/graph.json']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const headers = res.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
  expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
});

test('the build ships the same headers for static hosts', () => {
  const headers = readFileSync(`${dist}/_headers`, 'utf8');
  const nginx = readFileSync(`${dist}/nginx-headers.conf`, 'utf8');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers).toContain(`  ${name}: ${value}\n`);
    expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  }
});

test('a link with a long query (20 KB) still opens the app', async ({ request }) => {
  const res = await request.get(`/?${Array.from({ length: 1000 }, (_, i) => `p${i}=${'x'.repeat(15)}`).join('&')}`);
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('<div id="root">');
});

test('a file that is not there is a 404 with the security headers, never the app’s page', async ({ request }) => {
  const id = graph().meetings[0].id;
  for (const path of [
    '/data/evidence/0000000000000000.json',
    '/data/nothing.json',
    '/m/no-such-meeting/card.png',
    `/m/${id}/card.jpg`,
    '/assets/gone.js',
    '/%2e%2e/%2e%2e/etc/passwd.txt',
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(res.headers()['content-type'], path).toMatch(/^text\/plain/);
    expect(await res.text(), path).not.toContain('<div id="root">');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(res.headers()[name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
  // The app's own addresses still open the app.
  for (const path of ['/meeting/x', `/m/${id}/`, '/person/altman']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  }
  expect((await request.get(`/m/${id}/card.png`)).headers()['content-type']).toBe('image/png');
});
