// Hostile text in a valid graph.json (names, titles, quotes): it is shown as text and never runs.
import type { Page } from '@playwright/test';
import type { EvidenceFile, Graph, Person } from '../../src/core/schema';
import { evidenceFile, graphCopy, served } from '../support/data';
import { expect, openApp, test } from '../support/fixtures';
import { ui } from '../support/ui';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';

/** The shipped graph with markup in a person's name, a meeting's title, one of its quotes and an affiliation. */
function hostileGraph(): { graph: Graph; evidence: EvidenceFile; meetingId: string; person: Person } {
  const graph = graphCopy();
  const meeting = graph.meetings.find((m) => m.participants.length >= 2)!;
  const person = graph.entities.find(
    (e): e is Person => e.kind === 'person' && e.id === meeting.participants[0] && e.affiliations.length > 0,
  )!;
  person.name = { ko: `${person.name.ko} ${IMG}`, en: `${person.name.en} ${IMG}` };
  person.affiliations[0].title = { ko: `${SCRIPT} 회장`, en: `${SCRIPT} Chair` };
  meeting.title = { ko: `${SCRIPT} ${meeting.title.ko}`, en: `${SCRIPT} ${meeting.title.en}` };
  const evidence = structuredClone(evidenceFile(meeting.evidence));
  const q = evidence.records[meeting.id].sources[0];
  q.quote = `${IMG}${SCRIPT}`;
  q.end = q.start + q.quote.length;
  return { graph, evidence, meetingId: meeting.id, person };
}

async function expectInert(page: Page) {
  await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);
  expect(
    await page.locator('script').evaluateAll((s) => s.filter((e) => e.textContent?.includes('__pwned')).length),
  ).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
}

test('markup in names, titles and quotes is shown as text and never runs', async ({ page }) => {
  const { graph, evidence, meetingId, person } = hostileGraph();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/data/graph.json', (route) => route.fulfill({ json: served(graph) }));
  await page.route(`**/data/evidence/${graph.meetings.find((m) => m.id === meetingId)!.evidence}.json`, (route) =>
    route.fulfill({ json: evidence }),
  );
  const { panel, search } = ui(page);

  await openApp(page, `/?meeting=${meetingId}`);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(SCRIPT);
  await expect(panel.locator('blockquote mark').filter({ hasText: IMG }).first()).toHaveText(`${IMG}${SCRIPT}`);
  await expect(panel).toContainText(IMG); // the participant's name
  await expectInert(page);

  await openApp(page, `/?person=${person.id}`);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(IMG);
  await expect(panel).toContainText(`${SCRIPT} Chair`);
  await expectInert(page);

  await search.fill(person.name.en.split(' ')[0]);
  await expect(page.getByRole('option').filter({ hasText: IMG }).first()).toBeVisible();
  await expectInert(page);
  expect(dialogs).toEqual([]);
});
