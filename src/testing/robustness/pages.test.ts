// Pages as editors save them: a pipe, an HTML file, NUL bytes inside a line, a page of fifty thousand menu lines,
// a headline naming the body's meeting, a draft already reviewed. None hangs, breaks a quote or loses a review.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTROL_CHARACTERS } from '../../core/schema/characters';
import { fixtureCopy } from '../../tools/compiler/test-helpers';
import { ingest } from '../../tools/ingest/index';
import type { Draft } from '../../core/schema/draft';
import { saveDraft } from '../../tools/ingest/draft/write';
import { read } from '../../tools/ingest/pipeline/read';
import { ARTICLE } from '../drafts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = (prefix: string) => {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
const data = () => {
  const d = fixtureCopy('minimal');
  dirs.push(d);
  return d;
};

function draftOf(text: string | Uint8Array): Draft {
  const file = path.join(temp('mg-page-'), 'page.txt');
  writeFileSync(file, text);
  const { draft, problems } = ingest(file, { dataDir: data() });
  if (!draft) throw new Error(problems.map((p) => p.message).join('; '));
  return draft;
}

/** Every quote and every sentence the draft rests on. */
const quotesOf = (d: Draft) => [
  ...(d.meetings ?? []).flatMap((m) => [...(m.quotes ?? []), ...(m.record?.sources.flatMap((s) => s.quotes) ?? [])]),
  ...(d.meetings ?? []).flatMap((m) => (m.sentences ?? []).map((e) => e.sentence)),
];

describe('pages that are not plain files', () => {
  it('refuses a pipe at once instead of waiting on it', () => {
    const fifo = path.join(temp('mg-fifo-'), 'page.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(read(fifo).problems[0].message).toMatch(/not a plain file/);
    expect(read('/dev/null').problems[0].message).toMatch(/not a plain file/);
    expect(read(path.dirname(fifo)).problems[0].message).toMatch(/a folder/);
  });
});

describe('a page saved as HTML', () => {
  const html = [
    '<!doctype html><html><head><title>테스트일보</title></head><body>',
    '<nav><a href="/">홈</a> <a href="/politics">정치</a></nav>',
    ...ARTICLE.split('\n').map((l, i) => (i === 0 ? `<h1>${l}</h1>` : `<p>${l.replace('. ', '.<br>')}</p>`)),
    '</body></html>',
  ].join('\n');

  it('is read as its text: no markup in the title or any quote, and the draft says so', () => {
    const d = draftOf(html);
    expect(d.article.record.title).toBe(ARTICLE.split('\n')[0]);
    for (const q of [d.article.record.title, ...quotesOf(d)]) expect(q).not.toMatch(/<\/?[a-z]+|&[a-z]+;/);
    expect(d.meetings?.length).toBe(1);
    expect(d.article.questions?.join(' ')).toMatch(/saved as HTML/);
  });
});

describe("a text saved line by line with a search engine's bold in it", () => {
  it('keeps its lines: its headline is the title, and it is never taken for HTML', () => {
    const bolded = [
      ...ARTICLE.replace('샘 올트먼', '샘 <b>올트먼</b>').split('\n'),
      '두 사람은 지난해에도 서울에서 만난 바 있다.',
      '회사 측은 구체적인 내용은 밝히지 않았다.',
    ].join('\n');
    const d = draftOf(bolded);
    expect(d.article.record.title).toBe(ARTICLE.split('\n')[0]);
    expect(d.article.questions?.join(' ') ?? '').not.toMatch(/saved as HTML/);
  });
});

describe('control characters inside lines', () => {
  it('never reach a quote; the text kept has spaces there, and the draft says so', () => {
    const withNul = ARTICLE.replace('서울 종로구에서', '서울\u0000종로구\u0007에서');
    const d = draftOf(withNul);
    const quotes = quotesOf(d);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(CONTROL_CHARACTERS.test(q), q).toBe(false);
    expect(d.article.questions?.join(' ')).toMatch(/2 control character/);
  });
});

describe('a page of fifty thousand menu lines', () => {
  it('lists the lines judged not the article in a few hundred entries at most', () => {
    const menu = Array.from({ length: 50_000 }, (_, i) => (i % 7 === 0 ? '댓글' : ['홈', '정치', '경제'][i % 3]));
    const d = draftOf([...menu.slice(0, 25_000), ARTICLE, ...menu.slice(25_000)].join('\n'));
    expect(d.notArticle!.length).toBeLessThanOrEqual(201);
    expect(d.notArticle!.at(-1)!.reason).toMatch(/more stretches of lines/);
    expect(d.meetings?.length).toBe(1);
  });
});

describe('a headline that names the body’s meeting', () => {
  it('is the same meeting, dated as the body dates it, not a second one on the publication day', () => {
    const page = [
      '최태원 회장, 샘 올트먼 만나 데이터센터 협력 논의',
      '입력 2025.03.05 09:10',
      '최태원 SK그룹 회장은 지난 3일 서울 종로구에서 샘 올트먼 오픈AI 최고경영자와 만나 데이터센터 협력 방안을 논의했다. 두 사람은 한 시간가량 대화를 나눴다.',
      'Copyright ⓒ 테스트일보. 무단 전재 금지.',
    ].join('\n');
    const d = draftOf(page);
    expect(d.meetings!.map((m) => m.record?.date ?? m.date)).toEqual(['2025-03-03']);
  });
});

describe('drafting a page again', () => {
  it('keeps a draft the editor has reviewed, and says what to do; replaces one nobody touched', () => {
    const dir = data();
    const file = path.join(temp('mg-page-'), 'page.txt');
    writeFileSync(file, ARTICLE);
    const page = { file, bytes: Buffer.from(ARTICLE) };
    const { draft } = ingest(file, { dataDir: dir, textPath: (id) => `${id}.txt` });
    const first = saveDraft(dir, draft!, page);
    expect(first.problems).toEqual([]);
    expect(saveDraft(dir, draft!, page).problems).toEqual([]); // untouched: drafted again
    const reviewed = readFileSync(first.draftPath, 'utf8').replace('accept: true', 'accept: false');
    writeFileSync(first.draftPath, reviewed);
    const again = saveDraft(dir, draft!, page);
    expect(again.problems[0].message).toMatch(/already reviewed: it is kept.*--apply.*or delete it/);
    expect(readFileSync(first.draftPath, 'utf8')).toBe(reviewed);
  });
});

describe('the same article twice', () => {
  it('is reported with the article data/ has, by address or by text, and not drafted again', () => {
    const dir = data();
    const file = path.join(temp('mg-page-'), 'page.txt');
    const text = readFileSync(path.join(dir, 'articles', 'news-one.txt'), 'utf8');
    writeFileSync(file, text.replace(/ /g, '  '));
    const byText = ingest(file, { dataDir: dir });
    expect(byText.draft).toBeNull();
    expect(byText.problems[0].message).toMatch(/in data\/ already, as articles\/news-one \(the same text\)/);
    const url = 'https://news.example.com/one';
    const meta = path.join(dir, 'articles', 'news-one.yaml');
    writeFileSync(meta, `${readFileSync(meta, 'utf8').trimEnd()}\nurl: ${url}\n`);
    writeFileSync(file, ARTICLE);
    const byUrl = ingest(file, { dataDir: dir, flags: { url } });
    expect(byUrl.problems[0].message).toMatch(/as articles\/news-one \(the same address/);
  });
});
