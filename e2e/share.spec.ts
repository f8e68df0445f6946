// Meeting pages (written by `vite build`): the tags a chat app's crawler reads, a readable preview image, and
// the app opened on the meeting.
import { expect, openApp, test, waitReady } from './support/fixtures';
import { graph, meeting } from './support/data';
import { ui } from './support/ui';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

const tag = (html: string, attr: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

test('every meeting has a page whose tags and image a chat app can show, in Korean and English', async ({
  request,
}) => {
  for (const m of graph().meetings) {
    const res = await request.get(`/m/${m.id}/`);
    expect(res.status(), m.id).toBe(200);
    const html = await res.text();
    const title = unescape(tag(html, 'property', 'og:title') ?? '');
    expect(title).toContain(m.title.ko);
    expect(title).toContain(m.title.en!);
    const description = unescape(tag(html, 'property', 'og:description') ?? '');
    const names = m.participants.slice(0, 4).map((id) => graph().entities.find((e) => e.id === id)!.name);
    for (const n of names) expect(description).toContain(n.ko);
    for (const n of names) expect(description).toContain(n.en);
    expect(description).toContain(`기사 ${m.articles.length}건`);
    expect(description).toMatch(new RegExp(`${m.articles.length} articles?`));
    const url = tag(html, 'property', 'og:url')!;
    expect(url).toMatch(new RegExp(`^https?://[^/]+/m/${m.id}/$`));
    expect(html).toContain(`<link rel="canonical" href="${url}" />`);
    expect(tag(html, 'name', 'twitter:card')).toBe('summary_large_image');
    const image = tag(html, 'property', 'og:image')!;
    expect(image).toBe(`${url}card.png`);
    const png = await request.get(new URL(image).pathname);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
  }
});

test('a meeting page opens the app on that meeting, under its link', async ({ page }) => {
  const m = meeting(graph().meetings[2].id);
  await page.goto(`/m/${m.id}/`);
  await waitReady(page);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
  await expect(page).toHaveURL(new RegExp(`/\\?meeting=${m.id}$`));
});

test('a page for a meeting the data no longer has says so, and the app still opens', async ({ page }) => {
  await openApp(page, '/m/no-such-meeting/');
  await expect(ui(page).notice).toContainText('no-such-meeting');
  await expect(ui(page).panel).toHaveCount(0);
});

test('other forms of a link open the same view; an unknown address is named', async ({ page }) => {
  const m = meeting(graph().meetings[1].id);
  for (const address of [`/#?meeting=${m.id}`, `/#/meeting/${m.id}`, `/meeting/${m.id}`]) {
    await openApp(page, address);
    await expect(ui(page).panel.getByRole('heading', { level: 2 }), address).toContainText(m.title.en!);
    await expect(page).toHaveURL(new RegExp(`/\\?meeting=${m.id}$`));
  }
  await openApp(page, '/no/such/page');
  await expect(ui(page).notice).toContainText('/no/such/page');
  await expect(page).toHaveURL(/\/$/);
});
