// "Group people by organisation": each organisation a box around its people, no two boxes overlapping, and back.
import { expect, openApp, test } from './support/fixtures';
import { nodePositions } from './support/cy';
import { entity, groupMeetings, people } from './support/data';
import { screen } from './support/ui';

interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const boxes = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    window
      .__MG__!.cy.nodes('.org:parent')
      .filter((n) => n.visible() && n.isOrphan())
      .map((n) => ({ id: n.id(), ...n.boundingBox({ includeLabels: true }) })),
  ) as Promise<Box[]>;

test('boxes go around each organisation’s people, none overlapping another, and come off again', async ({ page }) => {
  await openApp(page);
  const before = await nodePositions(page);
  const toggle = page.getByRole('checkbox', { name: 'Group people by organisation' });
  await toggle.check();
  const grouped = people().filter((p) => p.group);
  await expect
    .poll(() => page.evaluate(() => window.__MG__!.cy.nodes('.person').filter((n) => n.isChild()).length))
    .toBe(grouped.length);
  // Everyone moves to where the compiler laid them out for boxes (gx, gy), inside their organisation's box.
  const at = await nodePositions(page);
  for (const p of grouped) {
    const parent = await page.evaluate((id) => window.__MG__!.cy.getElementById(id).data('parent') as string, p.id);
    expect(parent, p.id).toBe(p.group);
    const { gx, gy } = entity(p.id);
    expect([at[p.id].x, at[p.id].y], p.id).toEqual([gx, gy]);
  }
  const drawn = await boxes(page);
  expect(drawn.length).toBeGreaterThan(5);
  for (let i = 0; i < drawn.length; i++)
    for (let j = i + 1; j < drawn.length; j++) {
      const [a, b] = [drawn[i], drawn[j]];
      const overlap = Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
      expect(overlap, `${a.id} and ${b.id} overlap`).toBe(false);
    }
  // Every meeting's node is still there, joined to its people.
  for (const m of groupMeetings())
    expect(await page.evaluate((id) => window.__MG__!.cy.getElementById(id).visible(), `mtg:${m.id}`)).toBe(true);
  await screen(page, 'grouped');

  await toggle.uncheck();
  await expect.poll(() => page.evaluate(() => window.__MG__!.cy.nodes(':parent').length)).toBe(0);
  expect(await nodePositions(page)).toEqual(before);
  expect(
    await page.evaluate(() =>
      window
        .__MG__!.cy.nodes('.org')
        .filter((n) => n.visible())
        .map((n) => n.id()),
    ),
  ).toEqual([]);
});

test('grouping opens with its boxes’ labels at 11 px or more, and a link keeps it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: 'Group people by organisation' }).check();
  await expect(page).toHaveURL(/[?&]grouped=1(&|$)/);
  const smallest = () =>
    page.evaluate(() => {
      const cy = window.__MG__!.cy;
      const labels = cy.nodes('.org:parent').map((n) => parseFloat(n.style('font-size')) * cy.zoom());
      return labels.length ? Math.min(...labels) : 0;
    });
  // Before, the whole grouped layout was fitted in: box labels at 6.5 px on a desktop, 2 px on a phone.
  await expect.poll(smallest).toBeGreaterThanOrEqual(11);

  const link = page.url();
  const other = await page.context().newPage();
  await openApp(other, link.slice(link.indexOf('/?')));
  await expect(other.getByRole('checkbox', { name: 'Group people by organisation' })).toBeChecked();
  await expect.poll(() => other.evaluate(() => window.__MG__!.cy.nodes(':parent').length)).toBeGreaterThan(5);
  await expect
    .poll(() =>
      other.evaluate(() => {
        const cy = window.__MG__!.cy;
        return Math.min(...cy.nodes('.org:parent').map((n) => parseFloat(n.style('font-size')) * cy.zoom()));
      }),
    )
    .toBeGreaterThanOrEqual(11);
});

test('one node per organisation is part of the link', async ({ page }) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: 'One node per organisation' }).check();
  await expect(page).toHaveURL(/[?&]collapsed=all(&|$)/);
  const other = await page.context().newPage();
  await openApp(other, '/?collapsed=all');
  await expect(other.getByRole('checkbox', { name: 'One node per organisation' })).toBeChecked();
  await expect.poll(() => other.evaluate(() => window.__MG__!.cy.nodes('.org.collapsed').length)).toBeGreaterThan(5);
  await other.getByRole('checkbox', { name: 'One node per organisation' }).uncheck();
  await expect(other).not.toHaveURL(/collapsed=/);
});
