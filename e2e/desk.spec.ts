// The editor's desk, as an editor who does not program uses it: paste an article, review the proposals beside the
// text, correct them with forms, add what the assistant missed, apply, and see the meeting on the map. Each test
// runs its own desk on a fresh copy of data/ (the desk's page is built by the test command before the tests).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { serveDesk } from '../src/tools/desk/start';
import { expect, test } from './support/fixtures';

// Our own words, shaped like a wire story with its menus and byline around it.
const ARTICLE = [
  '홈 > 경제 > 산업',
  'SK·삼성 총수, 서울서 AI 반도체 회동',
  '입력 2025.11.03 09:00',
  '최태원 SK그룹 회장은 2일 서울 중구의 한 호텔에서 이재용 삼성전자 회장과 만나 인공지능 반도체 협력 방안을 논의했다.',
  '두 사람은 이날 저녁 식사를 함께하며 두 시간가량 대화를 나눈 것으로 전해졌다.',
  '같은 날 오전 최 회장은 김경훈 오픈AI코리아 대표와 차담을 가졌다.',
  '최 회장은 이 자리에서 지난주 도쿄에서 손정의 소프트뱅크그룹 회장과 나눈 이야기도 소개했다.',
  '홍길동 기자',
  '많이 본 뉴스',
].join('\n');

interface DeskFixture {
  url: string;
  origin: string;
  data: string;
  /** Every file of the data folder, for "byte for byte the same". */
  snapshot(): Record<string, string>;
}

const deskTest = test.extend<{ desk: DeskFixture }>({
  // eslint-disable-next-line no-empty-pattern
  desk: async ({}, provide) => {
    const work = mkdtempSync(path.join(tmpdir(), 'mg-desk-e2e-'));
    const data = path.join(work, 'data');
    cpSync('data', data, { recursive: true });
    const running = await serveDesk({ dataDir: data, outDir: path.join(work, 'out') });
    const snapshot = () =>
      Object.fromEntries(
        readdirSync(data, { recursive: true, encoding: 'utf8' })
          .filter((f) => !f.startsWith('drafts') && /\.(yaml|txt)$/.test(f))
          .map((f) => [f, readFileSync(path.join(data, f), 'utf8')]),
      );
    await provide({ url: running.url, origin: new URL(running.url).origin, data, snapshot });
    await running.close();
    rmSync(work, { recursive: true, force: true });
  },
});

async function pasteArticle(page: Page, desk: DeskFixture) {
  await page.goto(desk.url);
  await page.getByLabel('Page text').fill(ARTICLE);
  await page.getByLabel('Outlet').fill('테스트일보');
  await page.getByRole('button', { name: 'Read the article' }).click();
  await expect(page.getByRole('heading', { name: 'Proposals' })).toBeVisible();
}

const meetingCard = (page: Page, name: RegExp) => page.locator('article.proposal').filter({ hasText: name });

deskTest('an article pasted, corrected with forms, completed and applied shows on the map', async ({ page, desk }) => {
  const started = Date.now();
  await pasteArticle(page, desk);
  // The page's menus and byline are told apart from the article.
  await expect(page.getByRole('checkbox', { name: /^최태원 SK그룹 회장은 2일/ })).toBeVisible();
  await expect(page.getByText('홍길동 기자')).toHaveCount(0);
  await expect(page.getByLabel('Outlet (English)')).toBeVisible();

  const dinner = meetingCard(page, /Lee Jae-yong/);
  await expect(dinner).toHaveCount(1);
  await expect(dinner.getByText(/Sure: \d+%/)).toBeVisible();
  // Selecting a proposal marks the sentences it rests on.
  await dinner.getByRole('heading', { level: 4 }).click();
  await expect(page.locator('.sentence--marked').first()).toContainText('이재용');
  // Accept (off and on again, as an editor who hesitated), then correct the date's part of the day.
  const accept = dinner.getByRole('checkbox', { name: 'Accept' });
  await accept.uncheck();
  await accept.check();
  await dinner.getByRole('button', { name: 'Edit' }).click();
  await dinner.getByLabel('Date (YYYY-MM-DD or YYYY-MM)').fill('2025-11-02');
  await dinner.getByLabel('Part of the day').selectOption('evening');
  await dinner.getByLabel('Title (English)').fill('Chey Tae-won and Lee Jae-yong over dinner');

  // Correct the new person's romanised name.
  const person = page.locator('article.proposal').filter({ hasText: '김경훈' }).filter({ hasText: 'Accept' }).last();
  await person.getByRole('button', { name: 'Edit' }).click();
  await person.getByLabel('Name (English, romanised)').fill('Kim Kyung-hoon');

  // The Tokyo talk the assistant missed: select its sentence, start a meeting from it, name who met and when.
  await page.getByRole('checkbox', { name: /손정의/ }).click();
  await page.getByRole('button', { name: /Add a meeting the assistant missed/ }).click();
  const missed = page.locator('article.proposal').filter({ hasText: 'added by the editor' });
  await expect(missed).toHaveCount(1);
  await expect(missed.getByRole('heading', { level: 4 })).toContainText('New meeting');
  await missed.getByRole('button', { name: 'Edit' }).click();
  await missed.getByLabel('Date (YYYY-MM-DD or YYYY-MM)').fill('2025-10');
  await missed.getByLabel('Title (Korean)').fill('최태원·손정의 도쿄 대화');
  await missed.getByLabel('Title (English)').fill('Chey Tae-won and Son Masayoshi talk in Tokyo');
  await missed.getByLabel('Summary (Korean)').fill('최 회장이 도쿄에서 손정의 회장과 나눈 이야기를 소개했다.');
  const who = missed.getByRole('group', { name: 'Who met' });
  // Whoever the desk found named in the sentence is there already; the others are searched for by Korean name.
  for (const [ko, en] of [
    ['최태원', 'Chey Tae-won'],
    ['손정의', 'Masayoshi Son'],
  ]) {
    if ((await who.getByRole('listitem').filter({ hasText: en }).count()) > 0) continue;
    await who.getByLabel('Find a person (Korean or English)').fill(ko);
    await who
      .getByRole('button', { name: new RegExp(ko) })
      .first()
      .click();
  }
  await expect(who.getByRole('listitem')).toHaveText([/Masayoshi Son|Chey Tae-won/, /Masayoshi Son|Chey Tae-won/]);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('The data compiles with this draft.')).toBeVisible();
  await page.getByRole('button', { name: 'Apply to the data' }).click();
  await expect(page.getByRole('heading', { name: /Applied: 3 new meetings/ })).toBeVisible({ timeout: 30_000 });
  test.info().annotations.push({ type: 'add-one-article run', description: `${Date.now() - started} ms` });

  // The map opens on the new meeting, with its quote, without restarting anything.
  const [map] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('link', { name: 'See it on the map' }).click(),
  ]);
  await map.waitForFunction(() => window.__MG__?.ready === true, null, { timeout: 30_000 });
  const panel = map.getByRole('complementary', { name: 'Details' });
  await expect(panel).toContainText('Chey Tae-won and Lee Jae-yong over dinner');
  await expect(panel).toContainText('인공지능 반도체 협력 방안을 논의했다', { timeout: 15_000 });
  expect(readFileSync(path.join(desk.data, 'people.yaml'), 'utf8')).toContain('Kim Kyung-hoon');
  expect(readFileSync(path.join(desk.data, 'meetings.yaml'), 'utf8')).toMatch(/dayPart: evening/);
});

deskTest('a failed apply leaves data/ byte for byte and shows the problem at its field', async ({ page, desk }) => {
  const before = desk.snapshot();
  await pasteArticle(page, desk);
  const dinner = meetingCard(page, /Lee Jae-yong/);
  await dinner.getByRole('button', { name: 'Edit' }).click();
  // An editor's slip: someone who met also listed as sitting in.
  const sat = dinner.getByRole('group', { name: 'Who sat in' });
  await sat.getByLabel('Find a person (Korean or English)').fill('이재용');
  await sat
    .getByRole('button', { name: /이재용/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Apply to the data' }).click();
  await expect(sat.getByRole('alert')).toContainText('listed both as participant and attendee');
  await expect(page.getByRole('heading', { name: /Applied/ })).toHaveCount(0);
  expect(desk.snapshot()).toEqual(before);
});

deskTest('an article already in the data is said at once, with a link to it on the map', async ({ page, desk }) => {
  const seed = readdirSync(path.join(desk.data, 'articles')).find((f) => f.endsWith('.txt'))!;
  await page.goto(desk.url);
  await page.getByLabel('Page text').fill(readFileSync(path.join(desk.data, 'articles', seed), 'utf8'));
  await page.getByRole('button', { name: 'Read the article' }).click();
  const said = page.getByRole('alert').filter({ hasText: 'This article is already in the data' });
  await expect(said).toBeVisible();
  await expect(said.getByRole('link')).toHaveAttribute('href', /^\/\?meeting=/);
  expect(readdirSync(desk.data)).not.toContain('drafts');
});

deskTest('a writing request from another page is refused', async ({ request, desk }) => {
  const state = await (await request.get(`${desk.origin}/api/state`)).json();
  expect(state.drafts).toEqual([]);
  const before = desk.snapshot();
  for (const origin of ['http://evil.example', undefined]) {
    const r = await request.post(`${desk.origin}/api/articles`, {
      headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
      data: { text: ARTICLE, outlet: '테스트일보' },
    });
    expect(r.status()).toBe(403);
  }
  expect((await (await request.get(`${desk.origin}/api/state`)).json()).drafts).toEqual([]);
  expect(desk.snapshot()).toEqual(before);
});

deskTest('the desk has no axe violations, in English and in Korean', async ({ page, desk }) => {
  const axe = async () => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  await page.goto(desk.url);
  expect(await axe()).toEqual([]);
  await pasteArticle(page, desk);
  await meetingCard(page, /Lee Jae-yong/)
    .getByRole('button', { name: 'Edit' })
    .click();
  expect(await axe()).toEqual([]);
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('heading', { name: '제안' })).toBeVisible();
  expect(await axe()).toEqual([]);
});
