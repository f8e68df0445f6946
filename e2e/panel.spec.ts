// The evidence panel: what a connection, a meeting or a person stands for, with the articles' own sentences.
import { expect, openApp, test } from './support/fixtures';
import { clickElement } from './support/cy';
import {
  altman,
  altmanChey,
  chey,
  entity,
  evidenceOf,
  graph,
  meeting,
  MEETINGS,
  newestFirst,
  organizations,
} from './support/data';
import { articleCount, expectQuotesMarked, outlets, outletsOf, positionsIn } from './support/panel';
import { dateRe, meetingItem, screen, ui } from './support/ui';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('the Altman–Chey connection lists its meetings newest first, each with its evidence', async ({ page }) => {
  const { panel, t } = ui(page);
  await clickElement(page, altmanChey().id);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(altman().name.en);
  await expect(panel).toContainText(chey().name.en);
  const meetings = newestFirst(altmanChey().meetings.map(meeting));
  const order = await positionsIn(
    panel,
    meetings.map((m) => m.title.en!),
  );
  expect(
    order.every((p) => p >= 0),
    'every meeting of the pair is listed',
  ).toBe(true);
  expect(order, 'newest first').toEqual([...order].sort((a, b) => a - b));
  for (const m of meetings) {
    await expect(panel).toContainText(dateRe(m.date));
    const place = evidenceOf(m).place;
    if (place) await expect(panel).toContainText(place.en!);
    for (const o of outlets(m)) await expect(panel).toContainText(o);
  }
  const latest = meeting(MEETINGS.chey2025);
  await expect(panel.getByText(t.reported(articleCount(latest))).first()).toBeVisible();
  await screen(page, 'edge-altman-chey');
});

test('a meeting shows its date, place, participants and every quote marked inside its sentence', async ({ page }) => {
  const { panel, t } = ui(page);
  const m = meeting(MEETINGS.chey2025);
  await meetingItem(page, m).getByRole('button').click();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
  await expect(panel).toContainText(dateRe(m.date));
  await expect(panel).toContainText(m.place!.en!);
  for (const p of m.participants) await expect(panel).toContainText(entity(p).name.en);
  for (const o of outlets(m)) await expect(panel).toContainText(o);
  await expect(panel.getByText(t.reported(articleCount(m)))).toBeVisible();
  await expectQuotesMarked(panel, m);
});

test('the 4 Feb 2025 Altman–Chey meeting shows the sources disagreeing on its duration', async ({ page }) => {
  const { panel, t } = ui(page);
  const m = meeting(MEETINGS.chey2025);
  await meetingItem(page, m).getByRole('button').click();
  const heading = panel.getByRole('heading', { name: t.disagree });
  await expect(heading).toBeVisible();
  const block = heading.locator('xpath=..');
  await expect(block).toContainText('Duration');
  await expect(block).toContainText('30분가량');
  await expect(block).toContainText('40분간');
  for (const o of outletsOf(m.disagreements[0].versions.map((v) => v.source.article)))
    await expect(block).toContainText(o);
  await screen(page, 'meeting-disagreement');
});

test('the three-way meeting reads as one event with everyone who took part', async ({ page }) => {
  const { panel, meetingItems } = ui(page);
  const m = meeting(MEETINGS.leeSon2025);
  const item = meetingItem(page, m);
  await expect(item, 'one list item, not one per pair').toHaveCount(1);
  await expect(meetingItems.filter({ hasText: 'Masayoshi Son' })).toHaveCount(1);
  await item.getByRole('button').click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveCount(1);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(m.title.en!);
  for (const name of ['Sam Altman', 'Lee Jae-yong', 'Masayoshi Son', 'Jun Young-hyun', 'Rene Haas'])
    await expect(panel).toContainText(name);
  await expect(panel).toContainText(/sat in/i);
  await expectQuotesMarked(panel, m);
});

test('a person shows both names, affiliations and meetings that open', async ({ page }) => {
  const { panel } = ui(page);
  const p = chey();
  await clickElement(page, p.id);
  const heading = panel.getByRole('heading', { level: 2 });
  await expect(heading).toContainText(p.name.en);
  await expect(panel).toContainText(p.name.ko);
  const org = organizations().find((o) => o.id === p.affiliations[0].org)!;
  await expect(panel).toContainText(p.affiliations[0].title.en!);
  await expect(panel).toContainText(org.name.en);
  const list = panel.getByRole('list').filter({ has: page.getByRole('button', { name: dateRe('2025-02-04') }) });
  const mine = graph().meetings.filter((m) => m.participants.includes(p.id));
  await expect(list.getByRole('button')).toHaveCount(mine.length);
  await list.getByRole('button', { name: dateRe(meeting(MEETINGS.cheyJun2024).date) }).click();
  await expect(heading).toContainText(meeting(MEETINGS.cheyJun2024).title.en!);
});

test('Close empties the panel and clears the selection', async ({ page }) => {
  const { panel, close } = ui(page);
  await clickElement(page, chey().id);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(chey().name.en);
  await close.click();
  await expect(panel.getByRole('heading', { name: chey().name.en })).toHaveCount(0);
  await expect(page).not.toHaveURL(/person=/);
});
