// Every export of the view, downloaded and read back: Korean intact, counts equal to the view, dates carried.
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { expect, openApp, test } from './support/fixtures';
import { controlCharacterAt } from '../src/core/schema/characters';
import { graph, meeting } from './support/data';
import { expectFinishedPictures, exported } from './support/pictures';

// 2024: Altman and 최태원 met in January (month only) and in June.
const WINDOW = '/?from=2024-01&to=2024-12';
const inWindow = () => graph().meetings.filter((m) => m.date.startsWith('2024-'));

test.describe('exports of the view', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page, WINDOW);
  });

  test('CSV: one row per meeting and quote, with a byte-order mark and Korean intact', async ({ page }) => {
    const { name, bytes } = await exported(page, /CSV/);
    expect(name).toBe('meeting-graph_2024-01-01_2024-12-31.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true }).data;
    const expected = inWindow().flatMap((m) => meeting(m.id).sources.map((s) => ({ id: m.id, quote: s.quote })));
    expect(rows.map((r) => ({ id: r.meeting_id, quote: r.quote }))).toEqual(expected);
    const first = inWindow()[0];
    expect(rows[0].title_ko).toBe(first.title.ko);
    expect(rows[0].outlet_ko).toBe(graph().articles.find((a) => a.id === rows[0].article_id)!.outlet.ko);
  });

  test('JSON: the meetings in view with their quotes', async ({ page }) => {
    const { bytes } = await exported(page, /JSON/);
    const out = JSON.parse(bytes.toString('utf8'));
    expect(out.meetings.map((m: { id: string }) => m.id)).toEqual(inWindow().map((m) => m.id));
    expect(out.meetings[0].sources).toEqual(meeting(inWindow()[0].id).sources);
    expect(out.window).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  test('GEXF and GraphML: parse, with the people in view and the dates of their meetings', async ({ page }) => {
    const people = new Set(inWindow().flatMap((m) => m.participants));
    for (const [label, parse] of [
      [/GEXF/, (s: string) => parseGexf(Graph, s)],
      [/GraphML/, (s: string) => parseGraphml(Graph, s)],
    ] as const) {
      const { bytes } = await exported(page, label);
      const text = bytes.toString('utf8');
      const g = parse(text);
      const inGraph = g.filterNodes((_, a) => a.kind === 'person');
      expect(new Set(inGraph)).toEqual(people);
      expect(g.getNodeAttribute(inGraph[0], 'name_ko')).toMatch(/[가-힣]/);
      const met = g.filterEdges((_, a) => a.kind === 'met');
      expect(met.length).toBeGreaterThan(0);
      for (const e of met) expect(g.getEdgeAttribute(e, 'dates')).toMatch(/^2024-/);
      if (label.source === 'GEXF') {
        const doc = new DOMParser().parseFromString(text, 'text/xml');
        expect(doc.getElementsByTagName('graph')[0].getAttribute('mode')).toBe('dynamic');
        const spells = Array.from(doc.getElementsByTagName('spell'));
        expect(spells.length).toBeGreaterThanOrEqual(met.length);
        for (const s of spells) expect(s.getAttribute('start')).toMatch(/^2024-\d\d-\d\d$/);
      }
    }
  });

  test('PNG and SVG: the view with its title, window, legend and sources', async ({ page }) => {
    const png = await exported(page, /PNG/);
    expect(png.name).toMatch(/\.png$/);
    // Twice the picture's pixels: at least 640 px wide, the graph and the caption above and below it.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(640 * 2);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(400 * 2);
    const svg = (await exported(page, /SVG/)).bytes.toString('utf8');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts[0]).toBe('Meeting Graph');
    expect(texts[1]).toBe('Jan 2024 – Dec 2024');
    expect(texts.at(-1)).toMatch(/^Sources: \d+ articles?/);
    expect(doc.getElementsByTagName('svg').length).toBeGreaterThanOrEqual(2); // the graph drawn inside
  });

  test('PNG and SVG look finished: centred and fitted, one typeface, every line inside, names at the legend’s size', async ({
    page,
  }) => {
    const svg = (await exported(page, /SVG/)).bytes.toString('utf8');
    const png = (await exported(page, /PNG/)).bytes;
    await expectFinishedPictures(page, svg, png);
  });

  test('SVG, GEXF and GraphML stay well-formed XML when a drawn label holds a control character', async ({ page }) => {
    // The schema refuses such names; the exports must hold even so (a character XML refuses becomes U+FFFD).
    await page.evaluate(() => {
      const cy = window.__MG__!.cy;
      cy.nodes('.person').forEach((n) => void n.data({ ko: `${n.data('ko')}\u0001`, en: `${n.data('en')}\u0001` }));
    });
    const svg = (await exported(page, /SVG/)).bytes.toString('utf8');
    const errors: string[] = [];
    const strict = new DOMParser({
      errorHandler: (level, message) => void errors.push(`${level}: ${String(message)}`),
    });
    const doc = strict.parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(controlCharacterAt(svg)).toBeNull();
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    // The graph is drawn inside, not a parser's error page.
    expect(doc.getElementsByTagName('svg').length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('\ufffd');
  });
});

test('every export is named after the view: its window, what it is about and its filters', async ({ page }) => {
  await openApp(page, `${WINDOW}&org=sk-group&org=openai&person=altman`);
  const names = [];
  for (const format of [/PNG/, /SVG/, /CSV/]) names.push((await exported(page, format)).name);
  expect(names).toEqual(
    ['png', 'svg', 'csv'].map((ext) => `meeting-graph_2024-01-01_2024-12-31_person-altman_org-sk-group+openai.${ext}`),
  );
  const m = inWindow()[0];
  await openApp(page, `${WINDOW}&meeting=${m.id}`);
  expect((await exported(page, /PNG/)).name).toBe(`meeting-graph_2024-01-01_2024-12-31_meeting-${m.id}.png`);
});

test.describe('a broken evidence file', () => {
  test.use({
    allowedConsoleErrors: [/^Failed to load resource: the server responded with a status of 404\b.*\/data\/evidence\//],
  });

  test('fails the table with a message; the other exports keep working', async ({ page }) => {
    const m = inWindow()[0];
    await page.route(`**/data/evidence/${m.evidence}.json`, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await openApp(page, WINDOW);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByRole('menu', { name: 'Export' });
    await menu.getByRole('menuitem', { name: /CSV/ }).click();
    await expect(menu.getByRole('alert')).toContainText('The CSV file could not be made');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('menuitem', { name: /GEXF/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
  });
});
