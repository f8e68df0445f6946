// The ingest assistant's whole path on a fresh copy of the data: a new article → draft → --apply → compile → the
// meeting it reports is in the built app's list of meetings.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyDraft } from '../src/tools/ingest/draft/apply';
import { renderDraft } from '../src/tools/ingest/draft/write';
import { ingest } from '../src/tools/ingest/index';
import { expect, openApp, test } from './support/fixtures';
import { ui } from './support/ui';

const ARTICLE = [
  '최태원 회장, 오픈AI코리아 대표와 회동',
  '입력 2025.10.20 10:00',
  '최태원 SK그룹 회장은 20일 서울 종로구 SK서린빌딩에서 김경훈 오픈AI코리아 대표와 만나 데이터센터 협력 방안을 논의했다.',
  '최다은 기자',
].join('\n');

test('an ingested and applied article shows its meeting in the list', async ({ page }) => {
  const work = mkdtempSync(path.join(tmpdir(), 'mg-ingest-e2e-'));
  try {
    const data = path.join(work, 'data');
    cpSync('data', data, { recursive: true });
    writeFileSync(path.join(work, 'article.txt'), ARTICLE);
    // The page names no outlet: the editor gives it, as --outlet does.
    const { draft, problems } = ingest(path.join(work, 'article.txt'), {
      dataDir: data,
      flags: { outlet: '테스트뉴스' },
    });
    expect(problems).toEqual([]);
    const drafts = path.join(data, 'drafts');
    mkdirSync(drafts);
    const file = path.join(drafts, `${draft!.article.record.id}.yaml`);
    writeFileSync(path.join(drafts, draft!.article.text), ARTICLE);
    writeFileSync(file, renderDraft(draft!, 'article.txt', file));
    const graph = path.join(work, 'graph.json');
    const applied = await applyDraft(file, { dataDir: data, out: graph });
    expect(applied.problems).toEqual([]);

    const body = readFileSync(graph);
    await page.route('**/data/graph.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await openApp(page);
    const item = ui(page).meetingItems.filter({ hasText: 'Oct 20, 2025' });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('Chey Tae-won');
    await expect(item).toContainText('Gim Gyeong-hun');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
