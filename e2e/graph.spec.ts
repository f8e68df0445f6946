// The drawn network: precomputed positions, colours by organisation, widths by meeting count, neighbourhood fading.
import { expect, openApp, test } from './support/fixtures';
import { classesOf, clickElement, edgeWidth, hoverElement, nodeColour, nodePositions } from './support/cy';
import {
  altman,
  altmanChey,
  chey,
  entity,
  graph,
  groupMeetings,
  metEdges,
  pairLines,
  people,
  personNamed,
} from './support/data';
import { screen, ui } from './support/ui';

/** Everyone joined to a person by any edge (meeting, affiliation), and the person. */
function neighbourhood(id: string): Set<string> {
  const out = new Set([id]);
  for (const e of metEdges()) {
    if (e.source === id) out.add(e.target);
    if (e.target === id) out.add(e.source);
  }
  for (const p of people()) for (const a of p.affiliations) if (p.id === id) out.add(a.org);
  return out;
}

/** A person with meetings who is not in the neighbourhood of `id`. */
function stranger(id: string): string {
  const near = neighbourhood(id);
  const met = new Set(metEdges().flatMap((e) => [e.source, e.target]));
  const p = people().find((x) => !near.has(x.id) && met.has(x.id));
  if (!p) throw new Error(`everyone who met someone is a neighbour of ${id}`);
  return p.id;
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('draws every person and organisation at the position graph.json gives it', async ({ page }) => {
  const drawn = await nodePositions(page);
  const ids = graph().entities.map((e) => e.id);
  expect(Object.keys(drawn).sort()).toEqual(
    expect.arrayContaining(
      people()
        .map((p) => p.id)
        .sort(),
    ),
  );
  for (const id of ids) {
    if (!(id in drawn)) continue; // an organisation drawn as a compound box: its place follows its people
    const { x, y } = entity(id);
    expect(drawn[id].x, `${id}.x`).toBeCloseTo(x, 3);
    expect(drawn[id].y, `${id}.y`).toBeCloseTo(y, 3);
  }
  for (const m of groupMeetings()) {
    expect(drawn[`mtg:${m.id}`].x, `${m.id}.x`).toBeCloseTo(m.x!, 3);
    expect(drawn[`mtg:${m.id}`].y, `${m.id}.y`).toBeCloseTo(m.y!, 3);
  }
  // Organisations are told by colour and the legend: none is drawn until grouped or collapsed.
  const shownOrgs = await page.evaluate(() => window.__MG__!.cy.nodes('.org').filter((n) => n.visible()).length);
  expect(shownOrgs).toBe(0);
  await expect(ui(page).graph).toHaveAccessibleName(/Network of \d+ people and \d+ meetings in view/);
  await screen(page, 'main');
});

test('the legend names the organisations people are coloured by', async ({ page }) => {
  // The legend is the block under its heading "Legend".
  const legend = page.getByRole('heading', { name: 'Legend', exact: true }).locator('xpath=..');
  await expect(legend).toBeVisible();
  for (const name of ['Altman', 'Chey', 'Lee Jae-yong', 'Masayoshi Son'])
    await expect(legend).toContainText(entity(personNamed(name).group!).name.en);
});

test('people are coloured by organisation', async ({ page }) => {
  const byGroup = new Map<string, string[]>();
  for (const p of people()) if (p.group) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p.id]);
  const colours = new Map<string, string>();
  for (const [group, ids] of byGroup) {
    const seen = new Set(await Promise.all(ids.map((id) => nodeColour(page, id))));
    expect([...seen], `people of ${group} share a colour`).toHaveLength(1);
    colours.set(group, [...seen][0]);
  }
  const sk = chey().group!;
  const samsung = people().find((p) => p.name.en === 'Lee Jae-yong')!.group!;
  expect(colours.get(sk)).not.toEqual(colours.get(samsung));
});

test('every organisation of a person on the first view is told apart, each with its legend entry', async ({ page }) => {
  const looks = new Map<string, string>();
  for (const p of people()) {
    if (!p.group) continue;
    const look = await page.evaluate(
      (id) =>
        `${window.__MG__!.cy.getElementById(id).style('background-color')} ${window.__MG__!.cy.getElementById(id).style('shape')}`,
      p.id,
    );
    expect(looks.get(p.group) ?? look, `people of ${p.group} look alike`).toBe(look);
    looks.set(p.group, look);
  }
  expect(new Set(looks.values()).size, 'one look per organisation').toBe(looks.size);
  const legend = page.getByRole('heading', { name: 'Legend', exact: true }).locator('xpath=..');
  for (const group of looks.keys())
    await expect(legend.getByText(entity(group).name.en, { exact: true })).toBeVisible();
  await expect(legend.getByText('Other', { exact: true })).toHaveCount(0);
});

test('the first view is centred in the canvas, clear of its controls', async ({ page }) => {
  const { left, right, top, bottom, width, height } = await page.evaluate(() => {
    const cy = window.__MG__!.cy;
    const bb = cy.elements(':visible').renderedBoundingBox({});
    return {
      left: bb.x1,
      right: cy.width() - bb.x2,
      top: bb.y1,
      bottom: cy.height() - bb.y2,
      width: cy.width(),
      height: cy.height(),
    };
  });
  // Before, it sat in the left part, 130 px off centre, beside the controls on the right.
  expect(Math.abs(left - right), `left ${left} px, right ${right} px`).toBeLessThan(0.05 * width);
  expect(Math.min(top, bottom)).toBeGreaterThanOrEqual(0);
  expect(Math.abs(top - bottom)).toBeLessThan(0.25 * height);
});

test('hovering a person names their organisation and title under their name', async ({ page }) => {
  const p = chey();
  const [first] = p.affiliations;
  await hoverElement(page, p.id);
  await expect.poll(() => classesOf(page, p.id)).toContain('named');
  const label = await page.evaluate((id) => window.__MG__!.cy.getElementById(id).style('label'), p.id);
  expect(label).toBe(`${p.name.en}\n${first.title.en}, ${entity(first.org).name.en}`);
  const box = (await ui(page).graph.boundingBox())!;
  await page.mouse.move(box.x + 3, box.y + 3);
  await expect.poll(() => classesOf(page, p.id)).not.toContain('named');
});

test('a pair’s line is wider the more meetings the two had alone', async ({ page }) => {
  const lines = pairLines();
  const many = lines.get(altmanChey().id)!;
  const one = [...lines].find(([, ms]) => ms.length === 1);
  expect(many.length).toBeGreaterThanOrEqual(3);
  expect(one, 'a pair who met once in the data').toBeDefined();
  expect(await edgeWidth(page, altmanChey().id)).toBeGreaterThan(await edgeWidth(page, one![0]));
});

test('hovering a person fades everyone outside their neighbourhood', async ({ page }) => {
  const focus = chey().id;
  const far = stranger(focus);
  expect(await classesOf(page, far)).not.toContain('faded');
  await hoverElement(page, focus);
  await expect.poll(() => classesOf(page, far)).toContain('faded');
  await expect.poll(() => classesOf(page, altman().id)).not.toContain('faded');
  await expect.poll(() => classesOf(page, focus)).toContain('highlighted');
  await expect.poll(() => classesOf(page, altmanChey().id)).toContain('highlighted');
  // Leaving the node restores the view.
  const box = (await ui(page).graph.boundingBox())!;
  await page.mouse.move(box.x + 3, box.y + 3);
  await expect.poll(() => classesOf(page, far)).not.toContain('faded');
});

test('selecting a person keeps the neighbourhood highlighted and opens the person', async ({ page }) => {
  const focus = chey().id;
  const far = stranger(focus);
  await clickElement(page, focus);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toContainText(chey().name.en);
  const box = (await ui(page).graph.boundingBox())!;
  await page.mouse.move(box.x + 3, box.y + 3);
  await expect.poll(() => classesOf(page, far)).toContain('faded');
  await expect.poll(() => classesOf(page, focus)).toContain('highlighted');
  await expect.poll(() => classesOf(page, altman().id)).not.toContain('faded');
});
