// Organisation filters narrow the meetings to those with someone from the chosen organisations; search finds people
// and organisations in either language and selects and centres what is picked.
import type { Page } from '@playwright/test';
import { expect, openApp, settle, test } from './support/fixtures';
import { idsWithClass, offCentre } from './support/cy';
import { chey, graph, marksOfMeeting, meetingsWithOrgs, orgNamed, orgsOf, people } from './support/data';
import { MEETING_MARKS } from './support/timeline';
import { dateRe, ui } from './support/ui';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const checkbox = (page: Page, name: string) =>
  ui(page).orgs.getByRole('checkbox', { name: new RegExp(`^${esc(name)}\\b`) });

/** The list and the graph show exactly the meetings with someone from `orgIds`. */
async function expectOnly(page: Page, orgIds: string[]) {
  const keep = meetingsWithOrgs(orgIds);
  const { meetingItems } = ui(page);
  await expect(meetingItems).toHaveCount(keep.length);
  for (const m of keep) await expect(meetingItems.filter({ hasText: dateRe(m.date) }).first()).toBeVisible();
  const shown = new Set(keep.flatMap(marksOfMeeting));
  const hidden = [...new Set(graph().meetings.flatMap(marksOfMeeting))].filter((id) => !shown.has(id)).sort();
  await expect.poll(() => idsWithClass(page, 'hidden', MEETING_MARKS)).toEqual(hidden);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('filtering by one organisation, then two, then clearing', async ({ page }) => {
  const { t, meetingItems, clearFilters } = ui(page);
  const samsung = orgNamed('Samsung Group');
  const krafton = orgNamed('Krafton');
  const total = graph().meetings.length;
  await expect(meetingItems).toHaveCount(total);

  await checkbox(page, samsung.name.en).check();
  await expectOnly(page, [samsung.id]);
  const status = page.getByRole('status').filter({ hasText: t.filteredBy });
  await expect(status).toContainText(samsung.name.en);
  expect(meetingsWithOrgs([samsung.id]).length).toBeLessThan(total);

  await checkbox(page, krafton.name.en).check();
  await expectOnly(page, [samsung.id, krafton.id]);
  await expect(status).toContainText(samsung.name.en);
  await expect(status).toContainText(krafton.name.en);

  await clearFilters.click();
  await expect(meetingItems).toHaveCount(total);
  await expect(status).toHaveCount(0);
  await expect(checkbox(page, samsung.name.en)).not.toBeChecked();
  await expect(checkbox(page, krafton.name.en)).not.toBeChecked();
  await expect.poll(() => idsWithClass(page, 'hidden', MEETING_MARKS)).toEqual([]);
});

test('a filter on a group keeps meetings of its companies (SK Group keeps the SK Networks guest)', async ({ page }) => {
  const sk = orgNamed('SK Group');
  await checkbox(page, sk.name.en).check();
  await expectOnly(page, [sk.id]);
  await expect(ui(page).meetingItems.filter({ hasText: 'Choi Sung-hwan' })).toHaveCount(1);
});

async function searchAndPick(page: Page, query: string, option: RegExp) {
  const { search } = ui(page);
  await search.fill(query);
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  await expect(listbox.getByRole('option', { name: option })).toBeVisible();
  return listbox;
}

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('searching 최태 in Korean letters finds Chey Tae-won; picking him selects and centres him', async ({ page }) => {
    const { panel } = ui(page);
    const listbox = await searchAndPick(page, '최태', /Chey Tae-won|최태원/);
    await expect(listbox.getByRole('option')).toHaveCount(1);
    await listbox.getByRole('option', { name: /Chey Tae-won|최태원/ }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(chey().name.en);
    await settle(page);
    expect(await offCentre(page, chey().id, panel), 'centred in the uncovered part of the graph').toBeLessThan(0.1);
    await expect.poll(() => idsWithClass(page, 'highlighted', 'node')).toContain(chey().id);
  });
});

test('searching chey with the keyboard: arrow down and Enter picks the person', async ({ page }) => {
  const { search, panel } = ui(page);
  await searchAndPick(page, 'chey', /Chey Tae-won/);
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(chey().name.en);
  await expect(page).toHaveURL(new RegExp(`person=${chey().id}`));
});

test('searching samsung finds the Samsung organisations and not others', async ({ page }) => {
  const { panel } = ui(page);
  const listbox = await searchAndPick(page, 'samsung', /Samsung Electronics/);
  await expect(listbox.getByRole('option', { name: /Samsung Group/ })).toBeVisible();
  await expect(listbox.getByRole('option', { name: /SK Group|OpenAI|Kakao/ })).toHaveCount(0);
  await listbox.getByRole('option', { name: /Samsung Electronics/ }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Samsung Electronics');
  await settle(page);
  // An organisation is told by colour, not drawn: its people are brought to the middle, and lit up.
  const id = orgNamed('Samsung Electronics').id;
  const staff = people()
    .filter((p) => orgsOf(p.id).has(id))
    .map((p) => p.id);
  expect(staff.length).toBeGreaterThan(0);
  expect(await offCentre(page, staff, panel), 'centred in the uncovered part of the graph').toBeLessThan(0.1);
  await expect.poll(() => idsWithClass(page, 'highlighted', 'node.person')).toEqual(expect.arrayContaining(staff));
});
