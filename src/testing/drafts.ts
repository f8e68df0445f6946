// A data folder (the compiler's minimal fixture) with one article drafted into its drafts/ folder, as `npm run
// ingest` leaves it: for the tests of --apply and of the editor's desk.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureCopy } from '../tools/compiler/test-helpers';
import { ingest } from '../tools/ingest/index';
import type { Draft } from '../core/schema/draft';
import { saveDraft } from '../tools/ingest/draft/write';

/** A made-up article (our own words): a meeting of two people the fixture knows, with a third who sat in. */
export const ARTICLE = [
  '테스트 회장, 올트먼과 다시 만나',
  '입력 2025.03.05 09:10',
  'Copyright ⓒ 테스트일보. 무단 전재 금지.',
  '최태원 SK그룹 회장은 5일 서울 종로구에서 샘 올트먼 오픈AI 최고경영자와 만나 데이터센터 협력 방안을 논의했다. 이날 회동에는 곽노정 SK하이닉스 사장이 배석했다.',
].join('\n');

export interface Drafted {
  data: string;
  file: string;
  draft: Draft;
  cleanup(): void;
}

export function drafted(article = ARTICLE, data = fixtureCopy('minimal')): Drafted {
  const pages = mkdtempSync(path.join(tmpdir(), 'mg-page-'));
  const page = path.join(pages, 'page.txt');
  writeFileSync(page, article);
  const { draft, problems } = ingest(page, { dataDir: data, textPath: (id) => `${id}.txt` });
  if (!draft) throw new Error(`the test article was not drafted: ${problems.map((p) => p.message).join('; ')}`);
  const saved = saveDraft(data, draft, { file: page, bytes: Buffer.from(article) });
  if (saved.problems.length) throw new Error(saved.problems[0].message);
  return {
    data,
    file: saved.draftPath,
    draft,
    cleanup: () => {
      rmSync(data, { recursive: true, force: true });
      rmSync(pages, { recursive: true, force: true });
    },
  };
}
