// A meeting of 10,000 people (hostile or mistaken data): the panel opens at once with the first of them and says
// how many more there are; more come on request, a few hundred at a time.
import { graphCopy, served } from '../support/data';
import { expect, test } from '../support/fixtures';
import { ui } from '../support/ui';

const CROWD = 10_000;

test('a meeting of 10,000 people opens with the first 50 people and says how many more', async ({ page }) => {
  test.setTimeout(120_000); // 10,000 more nodes for Cytoscape to draw in software
  const graph = graphCopy();
  const host = graph.meetings[0];
  const people = Array.from({ length: CROWD }, (_, i) => ({
    id: `crowd-${i}`,
    kind: 'person' as const,
    name: { ko: `군중 ${i}`, en: `Crowd ${i}` },
    aliases: [],
    affiliations: [],
    x: (i % 100) * 40,
    y: Math.floor(i / 100) * 40,
  }));
  graph.entities.push(...people);
  graph.meetings.push({
    ...host,
    id: 'crowd-meeting',
    participants: [...host.participants, ...people.map((p) => p.id)],
  });
  await page.route('**/data/graph.json', (route) => route.fulfill({ json: served(graph) }));
  await page.goto('/?meeting=crowd-meeting');
  // Drawing 10,000 more people in software takes a while on a busy machine; the panel is what is timed below.
  await page.waitForFunction(() => window.__MG__?.ready === true, undefined, { timeout: 80_000 });
  const panel = ui(page).panel;
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  const list = panel.locator('.people-list').first().getByRole('listitem');
  await expect(list).toHaveCount(50);
  const total = host.participants.length + CROWD;
  await expect(panel.getByText(`and ${(total - 50).toLocaleString('en-US')} more.`)).toBeVisible();
  await panel.getByRole('button', { name: 'Show 200 more' }).click();
  await expect(list).toHaveCount(250);
});
