// The command as an editor uses it: bad input gets a clear message and writes nothing; the evaluation's
// must-be-zero figures hold on the shipped articles.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCopy as copy } from '../compiler/test-helpers';
import { evaluate, overall } from './eval/run';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const fixtureCopy = (name: string) => {
  const dir = copy(name);
  made.push(dir);
  return dir;
};

function runIngest(data: string, ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts/ingest.ts'), ...args, '--data', data],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run ingest', () => {
  it('writes nothing for a file that is not UTF-8, an empty file, a page without an article, or one about something else', () => {
    const data = fixtureCopy('minimal');
    const pages = mkdtempSync(path.join(tmpdir(), 'mg-pages-'));
    made.push(pages);
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['latin1.txt', new Uint8Array([0xc7, 0xd1, 0x0a]), /not UTF-8/],
      ['empty.txt', '', /empty/],
      ['menu.txt', '홈\n뉴스\n로그인\n', /no article body/],
      [
        'weather.txt',
        '입력 2025.03.05 09:10\n오늘 서울은 맑고 낮 기온이 영상 10도까지 오르겠다고 기상청이 밝혔다.',
        /reports no meeting|names no one/,
      ],
      [
        'undated.txt',
        '최태원 SK그룹 회장은 5일 샘 올트먼과 만나 협력 방안을 논의했다고 회사가 밝혔다.',
        /cannot be resolved.*--published/,
      ],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(pages, name);
      writeFileSync(file, content);
      const r = runIngest(data, file);
      expect(r.code, name).toBe(1);
      expect(r.err, name).toMatch(message);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(existsSync(path.join(data, 'drafts'))).toBe(false);
  });

  it('rejects bad options with the usage, and a missing file plainly', () => {
    const data = fixtureCopy('minimal');
    expect(runIngest(data, '--published', '5 March', 'x.txt').err).toMatch(/--published must be YYYY-MM-DD/);
    expect(runIngest(data, 'no-such-file.txt').err).toMatch(/no-such-file.txt: cannot read the article: no such file/);
  });
});

describe('the evaluation on the shipped articles', () => {
  it('never takes a plan for a fact, never proposes page chrome, and quotes only what the articles say', () => {
    const rows = evaluate(path.join(ROOT, 'data'));
    const o = overall(rows);
    expect(o.failed).toBe(0);
    expect([o.plannedAsHappened, o.chromePeople, o.nonVerbatimQuotes]).toEqual([0, 0, 0]);
  });
});
