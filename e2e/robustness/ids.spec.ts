// Ids are only ids: a meeting or person called like a property of every JavaScript object opens like any other, and
// a meeting's quotes come only from the evidence file that graph.json names for it.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { EvidenceFile, Graph } from '../../src/core/schema';
import { evidenceFile, graph, served } from '../support/data';
import { expect, openApp, test } from '../support/fixtures';
import { ui } from '../support/ui';

/** The shipped graph and one meeting's evidence file with ids renamed (whole JSON strings only). */
function renamed(names: Record<string, string>) {
  const rename = <T>(value: T): T => {
    let text = JSON.stringify(value);
    for (const [from, to] of Object.entries(names)) text = text.split(JSON.stringify(from)).join(JSON.stringify(to));
    return JSON.parse(text) as T;
  };
  return { graph: rename(graph()), evidence: (hash: string) => rename(evidenceFile(hash)) };
}

const meeting = () => graph().meetings.find((m) => m.participants.length === 2)!;

test.describe('ids named like properties of every object', () => {
  test.use({
    allowedConsoleErrors: [/^Failed to load resource: the server responded with a status of 404\b/],
  });

  test('a meeting "constructor" between "then" and "tostring" opens with its quotes', async ({ page }) => {
    const m = meeting();
    const [a, b] = m.participants;
    const { graph: g, evidence } = renamed({ [m.id]: 'constructor', [a]: 'then', [b]: 'tostring' });
    await page.route('**/data/graph.json', (route) => route.fulfill({ json: served(g) }));
    await page.route(`**/data/evidence/${m.evidence}.json`, (route) => route.fulfill({ json: evidence(m.evidence) }));
    const { panel } = ui(page);
    await openApp(page, '/?meeting=constructor');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
    await expect(panel.locator('blockquote mark').first()).toBeVisible();
    await openApp(page, '/?person=then');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(
      (graph().entities.find((e) => e.id === a)!.name as { en: string }).en,
    );
  });

  test('a meeting "constructor" whose record is missing from its file says so, and the map keeps working', async ({
    page,
  }) => {
    const m = meeting();
    const { graph: g, evidence } = renamed({ [m.id]: 'constructor' });
    const { constructor: _gone, ...records } = evidence(m.evidence).records;
    const file = { ...evidence(m.evidence), records };
    await page.route('**/data/graph.json', (route) => route.fulfill({ json: served(g) }));
    await page.route(`**/data/evidence/${m.evidence}.json`, (route) => route.fulfill({ json: file }));
    const { panel } = ui(page);
    await openApp(page, '/?meeting=constructor');
    await expect(panel.getByRole('alert')).toContainText('constructor');
    await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});

test.describe('a forged record in another evidence file', () => {
  test('is never a meeting’s quote: the panel and the CSV and JSON exports take each file’s own', async ({ page }) => {
    // Two meetings kept in different files; the later one's file also carries a record for the earlier one, with
    // a quote the articles never printed (read after the earlier one's own file, it used to win).
    const meetings = graph().meetings;
    const target = meetings[0];
    const host = meetings.find((m) => m.evidence !== target.evidence)!;
    const forged: EvidenceFile = structuredClone(evidenceFile(host.evidence));
    const real = evidenceFile(target.evidence).records[target.id];
    forged.records[target.id] = {
      ...real,
      sources: real.sources.map((s) => ({ ...s, quote: 'FORGED QUOTE', before: '', after: '', end: s.start + 12 })),
    };
    await page.route(`**/data/evidence/${host.evidence}.json`, (route) => route.fulfill({ json: forged }));
    const [from, to] = [target.date, host.date].sort();
    await openApp(page, `/?from=${from}&to=${to}`);
    const menu = page.getByRole('menu', { name: 'Export' });
    for (const [label, read] of [
      [
        /CSV/,
        (text: string) => Papa.parse<{ quote: string }>(text.slice(1), { header: true }).data.map((r) => r.quote),
      ],
      [
        /JSON/,
        (text: string) =>
          (JSON.parse(text) as { meetings: { sources: { quote: string }[] }[] }).meetings.flatMap((x) =>
            x.sources.map((s) => s.quote),
          ),
      ],
    ] as const) {
      if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        menu.getByRole('menuitem', { name: label }).click(),
      ]);
      const quotes = read(readFileSync((await download.path())!, 'utf8'));
      expect(quotes).toEqual(expect.arrayContaining(real.sources.map((s) => s.quote)));
      expect(quotes).not.toContain('FORGED QUOTE');
    }
    await openApp(page, `/?meeting=${host.id}`);
    await openApp(page, `/?meeting=${target.id}`);
    const { panel } = ui(page);
    await expect(panel.locator('blockquote mark').first()).toBeVisible();
    await expect(panel).not.toContainText('FORGED QUOTE');
  });
});

test('a graph.json with a control character in a title is refused, naming the field', async ({ page }) => {
  const g: Graph = structuredClone(graph());
  g.meetings[0].title.ko = `${g.meetings[0].title.ko}\u0001`;
  await page.route('**/data/graph.json', (route) => route.fulfill({ json: served(g) }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('meetings[0].title.ko');
  await expect(page.getByRole('alert')).toContainText('control character');
});
