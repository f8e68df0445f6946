// Organisations drawn as one node each: the toolbar switch, the panel's buttons, lines between organisations,
// and selections (list, link) that open the organisations they need. A large graph opens collapsed.
import type { Page } from '@playwright/test';
import { makeGraph } from '../src/testing/graphs';
import { encodeGraph } from '../src/core/schema/columns';
import { expect, openApp, test } from './support/fixtures';
import { classesOf, clickElement, doubleClickElement, idsWithClass } from './support/cy';
import { MEETINGS, meeting, orgNamed, people } from './support/data';
import { meetingItem, ui } from './support/ui';

const drawnIds = (page: Page, selector: string) =>
  page.evaluate(
    (s) =>
      window
        .__MG__!.cy.elements(s)
        .map((e) => e.id())
        .sort(),
    selector,
  );

/** Top-level organisations with people in the seed: the nodes a full collapse draws. */
function groups(): string[] {
  return [
    ...new Set(
      people()
        .map((p) => p.group)
        .filter((g): g is string => g !== undefined),
    ),
  ].sort();
}

test('"One node per organisation" draws each organisation once, with lines between them, and back', async ({
  page,
}) => {
  await openApp(page);
  const toggle = page.getByRole('checkbox', { name: 'One node per organisation' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect.poll(() => drawnIds(page, 'node.person')).toEqual([]);
  expect(await drawnIds(page, 'node.collapsed')).toEqual(groups());
  // OpenAI–SK Group stands for the meetings of Altman with Chey and the other SK people.
  const openai = people().find((p) => p.id === 'altman')!.group!;
  const sk = orgNamed('SK Group').id;
  const line = [openai, sk].sort().join(':');
  expect(await drawnIds(page, 'edge.agg')).toContain(`agg:met:${line}`);
  await expect(page.getByText('Organisation drawn as one node (number = its people)')).toBeVisible();

  await toggle.uncheck();
  await expect
    .poll(() => drawnIds(page, 'node.person'))
    .toEqual(
      people()
        .map((p) => p.id)
        .sort(),
    );
  expect(await drawnIds(page, 'node.collapsed')).toEqual([]);
  expect(await drawnIds(page, 'edge.agg')).toEqual([]);
});

test('an organisation collapses and opens from its panel; a double click opens it too', async ({ page }) => {
  const sk = orgNamed('SK Group');
  // Organisations are told by colour, not drawn, until collapsed: their panel opens from a link (or search).
  await openApp(page, `/?person=${sk.id}`);
  expect(await page.evaluate((id) => window.__MG__!.cy.getElementById(id).visible(), sk.id)).toBe(false);
  const { panel } = ui(page);
  await panel.getByRole('button', { name: 'Draw as one node' }).click();
  await expect.poll(() => classesOf(page, sk.id)).toContain('collapsed');
  expect(await drawnIds(page, `node[group = "${sk.id}"]`)).toEqual([]);
  await panel.getByRole('button', { name: /Show its 5 people on the graph/ }).click();
  await expect.poll(() => drawnIds(page, `node[group = "${sk.id}"]`)).toHaveLength(5);
  expect(await classesOf(page, sk.id)).not.toContain('collapsed');

  await panel.getByRole('button', { name: 'Draw as one node' }).click();
  await expect.poll(() => classesOf(page, sk.id)).toContain('collapsed');
  await doubleClickElement(page, sk.id);
  await expect.poll(() => drawnIds(page, `node[group = "${sk.id}"]`)).toHaveLength(5);
});

test('a line between collapsed organisations lists their meetings; picking one opens it and its people', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: 'One node per organisation' }).check();
  const openai = people().find((p) => p.id === 'altman')!.group!;
  const sk = orgNamed('SK Group').id;
  const line = `agg:met:${[openai, sk].sort().join(':')}`;
  await clickElement(page, line);
  const { panel } = ui(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    /Meetings between people of (OpenAI|SK Group) and people of (OpenAI|SK Group)/,
  );
  const m = meeting(MEETINGS.chey2025);
  await panel.getByRole('button', { name: m.title.en! }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
  // The meeting's people are drawn as themselves again, and its edges are marked.
  for (const id of m.participants) await expect.poll(() => drawnIds(page, `node[id = "${id}"]`)).toEqual([id]);
  expect((await idsWithClass(page, 'selected-meeting')).length).toBeGreaterThan(0);
});

test('picking a meeting in the list opens the organisations of the people in it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: 'One node per organisation' }).check();
  const m = meeting(MEETINGS.chey2025);
  await meetingItem(page, m).click();
  for (const id of m.participants) await expect.poll(() => drawnIds(page, `node[id = "${id}"]`)).toEqual([id]);
  const collapsed = await drawnIds(page, 'node.collapsed');
  const opened = new Set(m.participants.map((id) => people().find((p) => p.id === id)?.group));
  expect(collapsed.filter((g) => opened.has(g))).toEqual([]);
  expect(collapsed.length).toBe(groups().length - opened.size);
});

/** 450 people in three companies: over the size at which the graph opens collapsed. */
function largeGraph() {
  const orgs = ['acme', 'bolt', 'core'];
  const ppl = Array.from({ length: 450 }, (_, i) => ({ id: `p${i}`, orgs: [orgs[i % 3]] }));
  const meetings = Array.from({ length: 300 }, (_, i) => ({
    id: `m${i}`,
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-10`,
    participants: [`p${i}`, `p${(i * 7 + 1) % 450}`],
  }));
  const g = makeGraph({ orgs: orgs.map((id) => ({ id })), people: ppl, meetings });
  // Spread as wide as a 20k-person layout (~40k units): the first view must still show everything.
  const spread: Record<string, [number, number]> = { acme: [-20_000, -10_000], bolt: [20_000, 10_000], core: [0, 0] };
  g.entities.forEach((e, i) => {
    const [x, y] = spread[e.id] ?? [((i * 7919) % 40_000) - 20_000, ((i * 104_729) % 20_000) - 10_000];
    Object.assign(e, { x, y });
  });
  return g;
}

test('a large graph opens with every organisation collapsed, and a link to a meeting opens its people', async ({
  page,
}) => {
  const g = largeGraph();
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(encodeGraph(g)) }),
  );
  await openApp(page);
  expect(await drawnIds(page, 'node.collapsed')).toEqual(['acme', 'bolt', 'core']);
  expect(await drawnIds(page, 'node.person')).toEqual([]);
  await expect(page.getByRole('checkbox', { name: 'One node per organisation' })).toBeChecked();
  const outside = await page.evaluate(() => {
    const cy = window.__MG__!.cy;
    const view = cy.extent();
    return cy.nodes().filter((n) => {
      const p = n.position();
      return p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2;
    }).length;
  });
  expect(outside, 'organisations outside the first view').toBe(0);

  // m1: p1 (bolt) met p8 (core).
  await openApp(page, '/?meeting=m1');
  expect(await drawnIds(page, 'node.collapsed')).toEqual(['acme']);
  expect(await drawnIds(page, 'node[id = "p1"], node[id = "p8"]')).toEqual(['p1', 'p8']);
  expect(await classesOf(page, 'met:p1:p8')).toContain('selected-meeting');
});

test('many collapsed organisations: labels wait until zooming in makes them readable', async ({ page }) => {
  const orgs = Array.from({ length: 200 }, (_, i) => ({ id: `org-${i}` }));
  const ppl = Array.from({ length: 600 }, (_, i) => ({ id: `p${i}`, orgs: [`org-${i % 200}`] }));
  const meetings = Array.from({ length: 300 }, (_, i) => ({
    id: `m${i}`,
    date: '2024-05-10',
    participants: [`p${i}`, `p${(i * 7 + 1) % 600}`],
  }));
  const g = makeGraph({ orgs, people: ppl, meetings });
  g.entities.forEach((e, i) => Object.assign(e, { x: (i % 20) * 1000, y: Math.floor(i / 20) * 1000 }));
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(encodeGraph(g)) }),
  );
  await openApp(page);
  const quiet = () => page.evaluate(() => window.__MG__!.cy.nodes('.collapsed.quiet').length);
  expect(await quiet()).toBe(200);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 6 && (await quiet()) > 0; i++) {
    await zoomIn.click();
    await page.waitForFunction(() => !window.__MG__!.cy.animated());
  }
  expect(await quiet()).toBe(0);
});
