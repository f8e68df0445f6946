// Meetings drawn as events: a meeting of three or more (or one) is a node with a spoke to each person there, a
// meeting of two is the line between them. Clicking a node or a spoke opens the meeting; a person's panel lists
// who they met, and each pair's meetings open from it, the line, or a link of their own.
import type { Page } from '@playwright/test';
import type { Meeting } from '../src/core/schema';
import { expect, openApp, test } from './support/fixtures';
import { classesOf, clickElement, hoverElement, idsWithClass } from './support/cy';
import { altman, chey, graph, groupMeetings, marksOfMeeting, newestFirst, pairLines, people } from './support/data';
import { positionsIn } from './support/panel';
import { screen, ui } from './support/ui';

/** The meeting of the most people: the one whose node and spokes are easiest to find. */
const biggest = () => [...groupMeetings()].sort((a, b) => b.participants.length - a.participants.length)[0];

const drawn = (page: Page, selector: string) =>
  page.evaluate(
    (s) =>
      window
        .__MG__!.cy.elements(s)
        .filter((e) => e.visible())
        .map((e) => e.id()),
    selector,
  );

test('a meeting of three or more is one node joined to each person there, not a line for every pair', async ({
  page,
}) => {
  await openApp(page);
  for (const m of groupMeetings()) {
    const spokes = await page.evaluate(
      (id) =>
        window
          .__MG__!.cy.getElementById(id)
          .connectedEdges('.spoke')
          .targets()
          .map((n) => n.id())
          .sort(),
      `mtg:${m.id}`,
    );
    expect(spokes, m.id).toEqual([...new Set(m.participants)].sort());
  }
  // Two guests of the lunch never met alone: no line joins them.
  const lunch = biggest();
  const [a, b] = lunch.participants.filter((p) => p !== altman().id);
  expect(pairLines().has(`met:${[a, b].sort().join(':')}`)).toBe(false);
  expect(await drawn(page, `edge[source = "${a}"][target = "${b}"], edge[source = "${b}"][target = "${a}"]`)).toEqual(
    [],
  );
  // Every line on the canvas is a pair's line or a spoke.
  expect(await drawn(page, 'edge').then((ids) => ids.filter((id) => !/^(met|spk):/.test(id)))).toEqual([]);
});

test('clicking a meeting’s node opens that meeting and marks its node and spokes', async ({ page }) => {
  await openApp(page);
  const m = biggest();
  await clickElement(page, `mtg:${m.id}`);
  const { panel } = ui(page);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
  await expect(page).toHaveURL(new RegExp(`[?&]meeting=${m.id}(&|$)`));
  await expect.poll(() => idsWithClass(page, 'selected-meeting')).toEqual(marksOfMeeting(m).sort());
  await screen(page, 'meeting-node-selected');
});

test('clicking a spoke opens its meeting', async ({ page }) => {
  await openApp(page);
  const m = biggest();
  // The longest spoke: its middle is far from any node.
  const spoke = await page.evaluate((id) => {
    const spokes = window.__MG__!.cy.getElementById(id).connectedEdges('.spoke');
    const length = (e: (typeof spokes)[number]) => {
      const [s, t] = [e.source().renderedPosition(), e.target().renderedPosition()];
      return Math.hypot(s.x - t.x, s.y - t.y);
    };
    return spokes.sort((x, y) => length(y) - length(x))[0].id();
  }, `mtg:${m.id}`);
  await clickElement(page, spoke);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
});

test('hovering a meeting’s node names it and its date', async ({ page }) => {
  await openApp(page);
  const m = biggest();
  const id = `mtg:${m.id}`;
  expect(await page.evaluate((id) => window.__MG__!.cy.getElementById(id).style('label'), id)).toBe('');
  await hoverElement(page, id);
  await expect.poll(() => classesOf(page, id)).toContain('named');
  const label = await page.evaluate((id) => window.__MG__!.cy.getElementById(id).style('label'), id);
  expect(label).toContain(m.title.en!);
  expect(label).toContain('2025');
});

test('a person’s panel lists who they met; a pair opens their meetings, newest first, with a link', async ({
  page,
}) => {
  await openApp(page, `/?person=${altman().id}`);
  const { panel } = ui(page);
  const met = panel.getByRole('heading', { name: 'People met' });
  await expect(met).toBeVisible();
  await panel.getByRole('button', { name: chey().name.en, exact: true }).click();
  const heading = `Meetings between ${altman().name.en} and ${chey().name.en}`;
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(heading);
  const between = newestFirst(
    graph().meetings.filter((m) => m.participants.includes(altman().id) && m.participants.includes(chey().id)),
  );
  expect(between.length).toBeGreaterThanOrEqual(4);
  const order = await positionsIn(
    panel,
    between.map((m) => m.title.en!),
  );
  expect(order.every((p) => p >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  // Its link opens the same pair in a fresh page, with their line and shared meeting nodes marked.
  await expect(page).toHaveURL(/\?person=altman&with=chey-tae-won$/);
  const link = new URL(page.url());
  await openApp(page, link.pathname + link.search);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toHaveText(heading);
  const line = `met:${[altman().id, chey().id].sort().join(':')}`;
  await expect.poll(() => classesOf(page, line)).toContain('focus');
  await screen(page, 'pair-selected');
});

test('clicking a pair’s line opens the same list, and Back returns to the person', async ({ page }) => {
  await openApp(page, `/?person=${chey().id}`);
  const line = `met:${[altman().id, chey().id].sort().join(':')}`;
  await clickElement(page, line);
  const { panel } = ui(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    `Meetings between ${altman().name.en} and ${chey().name.en}`,
  );
  await page.goBack();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(chey().name.en);
});

test('a link to two people who never met says so and opens the first of them', async ({ page }) => {
  const a = chey().id;
  const met = new Set(
    graph()
      .meetings.filter((m) => m.participants.includes(a))
      .flatMap((m) => m.participants),
  );
  const stranger = people().find((p) => !met.has(p.id))!.id;
  await openApp(page, `/?person=${a}&with=${stranger}`);
  await expect(ui(page).notice).toContainText(`with=${stranger}`);
  await expect(ui(page).panel.getByRole('heading', { level: 2 })).toContainText(chey().name.en);
  await expect(page).toHaveURL(new RegExp(`\\?person=${a}$`));
});

test('meetings of one day are listed in the order they happened: time, then part of the day, then title', async ({
  page,
}) => {
  await openApp(page);
  const day = '2025-02-04';
  const minute = (m: Meeting) =>
    m.time
      ? Number(m.time.slice(0, 2)) * 60 + Number(m.time.slice(3))
      : (({ morning: 540, midday: 720, afternoon: 900, evening: 1140 } as Record<string, number>)[m.dayPart ?? ''] ??
        1440);
  const expected = graph()
    .meetings.filter((m) => m.date === day)
    .sort((a, b) => minute(a) - minute(b) || (a.title.ko < b.title.ko ? -1 : 1))
    .map((m) => m.title.en!);
  // Before, they came in id order: the morning's workshop fifth.
  expect(expected[0]).toMatch(/Builder Lab/i);
  const { meetingItems } = ui(page);
  await expect(meetingItems).toHaveCount(graph().meetings.length);
  const shown = (await meetingItems.allInnerTexts()).map((text) => expected.findIndex((t) => text.includes(t)));
  expect(shown.filter((i) => i >= 0)).toEqual(expected.map((_, i) => i));
});
