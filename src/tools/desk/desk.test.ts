// The desk's API as plain functions: drafts named only by ids, edits checked against the draft schema with problems
// at their fields, and the server's own rules (Origin, files only from its builds and the data's output).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE, drafted } from '../../testing/drafts';
import { setAt } from '../../desk/draft';
import { addArticle, applyEdited, discardDraft, openDraft, saveEdited } from './api';
import { startDesk } from './server';

const made: { cleanup(): void }[] = [];
afterAll(() => made.forEach((m) => m.cleanup()));

function desk() {
  const d = drafted();
  made.push(d);
  return { d, desk: { dataDir: d.data, outDir: path.join(d.data, '..', 'out') } };
}

describe('the desk API', () => {
  it('opens a draft with its page told apart and its sentences, and refuses ids that are not ids', () => {
    const { d, desk: k } = desk();
    const id = d.draft.article.record.id;
    const view = openDraft(k, id);
    if ('problems' in view) throw new Error(view.problems[0].message);
    expect(view.lines.find((l) => l.text.startsWith('Copyright'))?.article).toBe(false);
    expect(view.sentences.map((s) => s.text)).toContain(ARTICLE.split('\n')[3].split('. ')[0] + '.');
    for (const bad of ['../people', 'x/../../etc', '']) expect(openDraft(k, bad)).toHaveProperty('problems');
    expect(discardDraft(k, '../meetings')).toHaveProperty('problems');
  });

  it('saves an edited draft only when it fits the schema, naming the field otherwise', () => {
    const { d, desk: k } = desk();
    const id = d.draft.article.record.id;
    const bad = setAt(d.draft, ['meetings', 0, 'record', 'date'], '2025-13-40');
    const refused = saveEdited(k, id, bad);
    expect(refused.saved).toBe(false);
    expect(refused.problems[0].field).toBe('meetings[0].record.date');
    const good = setAt(d.draft, ['meetings', 0, 'record', 'dayPart'], 'evening');
    expect(saveEdited(k, id, good)).toEqual({ saved: true, problems: [] });
    expect(readFileSync(d.file, 'utf8')).toMatch(/dayPart: evening/);
    expect(readFileSync(d.file, 'utf8')).toMatch(/^# reviewed at the desk$/m);
  });

  it('checks, then applies, and links the map to the new meeting', async () => {
    const { d, desk: k } = desk();
    const id = d.draft.article.record.id;
    expect(await applyEdited(k, id, true)).toMatchObject({ checked: true, problems: [], applied: null });
    const applied = await applyEdited(k, id, false);
    expect(applied.applied?.meetings).toBe(1);
    expect(applied.mapLink).toMatch(/^\/\?meeting=/);
    expect(existsSync(path.join(k.outDir, 'graph.json'))).toBe(true);
  });

  it('refuses an empty page and a malformed date at their fields', () => {
    const { desk: k } = desk();
    expect(addArticle(k, { text: '  ' })).toMatchObject({ ok: false, problems: [{ field: 'text' }] });
    expect(addArticle(k, { text: ARTICLE, published: '5 March' })).toMatchObject({
      ok: false,
      problems: [{ field: 'published' }],
    });
  });
});

describe('the desk server', () => {
  it('refuses writing requests from other origins and files outside its folders', async () => {
    const { d } = desk();
    const empty = mkdtempSync(path.join(tmpdir(), 'mg-desk-page-'));
    made.push({ cleanup: () => rmSync(empty, { recursive: true, force: true }) });
    const out = path.join(empty, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'graph.json'), '{}');
    const running = await startDesk({ dataDir: d.data, outDir: out, pageDir: empty, appDir: empty });
    try {
      const origin = new URL(running.url).origin;
      const post = (from?: string) =>
        fetch(`${origin}/api/articles`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(from ? { Origin: from } : {}) },
          body: JSON.stringify({ text: ARTICLE }),
        });
      expect((await post('https://elsewhere.example')).status).toBe(403);
      expect((await post()).status).toBe(403);
      expect((await post(origin)).status).toBe(200);
      expect(await (await fetch(`${origin}/data/graph.json`)).text()).toBe('{}');
      for (const p of ['/data/../people.yaml', '/data/%2e%2e/people.yaml', '/desk/../../package.json']) {
        const r = await fetch(`${origin}${p}`);
        expect(await r.text()).not.toContain('people:');
      }
      expect((await fetch(`${origin}/api/state`)).headers.get('content-security-policy')).toContain(
        "default-src 'self'",
      );
    } finally {
      await running.close();
    }
  });
});
