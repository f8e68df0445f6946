// --apply is a transaction: killed (kill -9) or interrupted (Ctrl-C) at any step, the data folder ends byte for
// byte as before or as after once the next run has recovered it; two applies at once never both write; a draft
// never reaches outside its own files.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockData, recover } from '../../tools/common/transaction';
import { applyDraft, type ApplyStep } from '../../tools/ingest/draft/apply';
import { ARTICLE, drafted, type Drafted } from '../drafts';
import { ROOT } from './harness';
import { readTree, type Files } from './tree';

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CHILD = path.join(import.meta.dirname, 'apply-child.ts');
const made: Drafted[] = [];
afterAll(() => made.forEach((d) => d.cleanup()));

function fresh(): Drafted {
  const d = drafted();
  made.push(d);
  return d;
}

function child(d: Drafted, at: string, how: 'kill' | 'int' | 'pause' | 'none', file = d.file) {
  const proc = spawn(TSX, [CHILD, file, d.data, at, how], { cwd: ROOT });
  let out = '';
  proc.stdout.on('data', (b) => (out += b));
  proc.stderr.on('data', (b) => (out += b));
  return new Promise<{ code: number | null; signal: string | null; out: string }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal, out })),
  );
}

/** What the next run does first: take the lock (a dead process's is taken over) and roll back. */
function recoverNow(data: string): void {
  const lock = lockData(data);
  if ('heldBy' in lock) throw new Error(`still locked by ${lock.heldBy}`);
  try {
    recover(data);
  } finally {
    lock.release();
  }
}

const same = (a: Files, b: Files) =>
  a.size === b.size && [...a].every(([k, v]) => b.has(k) && Buffer.from(v).equals(Buffer.from(b.get(k)!)));

describe('--apply interrupted at every step', async () => {
  // The steps of a clean apply, and the data folder before and after it.
  const clean = fresh();
  const before = readTree(clean.data);
  const steps: ApplyStep[] = [];
  const result = await applyDraft(clean.file, { dataDir: clean.data, step: (s) => void steps.push(s) });
  const after = readTree(clean.data);

  it('applies cleanly, in steps that replace each changed file on its own', () => {
    expect(result.problems).toEqual([]);
    expect(steps.filter((s) => s.startsWith('replaced:')).length).toBeGreaterThanOrEqual(4);
    expect(same(before, after)).toBe(false);
  });

  it.each(steps.flatMap((s) => [[s, 'kill'] as const, [s, 'int'] as const]))(
    'stopped at "%s" (%s): as before or as after, never between, and the draft applies again',
    async (step, how) => {
      const d = fresh();
      const mine = readTree(d.data); // the draft's header names its own temporary folder
      const run = await child(d, step, how);
      // kill -9 stops it there; Ctrl-C is taken at the next turn of the event loop, which may be the end.
      if (how === 'kill') expect(run.signal ?? run.code, run.out).not.toBe(0);
      recoverNow(d.data);
      const now = readTree(d.data);
      const asBefore = same(now, mine);
      expect(asBefore || same(now, after), `data after stopping at ${step}`).toBe(true);
      if (asBefore) {
        const again = await applyDraft(d.file, { dataDir: d.data });
        expect(again.problems).toEqual([]);
        expect(same(readTree(d.data), after)).toBe(true);
      }
    },
    60_000,
  );

  it('the compiler refuses a folder left mid-apply, and says how to recover it', async () => {
    const d = fresh();
    const mine = readTree(d.data);
    await child(d, 'replaced:meetings.yaml', 'kill');
    const r = spawnSync(TSX, ['scripts/compile.ts', '--data', d.data, '--out', path.join(d.data, '../o/graph.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/apply of a draft was interrupted.*ingest -- --recover/);
    const rec = spawnSync(TSX, ['scripts/ingest.ts', '--recover', '--data', d.data], { cwd: ROOT, encoding: 'utf8' });
    expect(rec.stdout).toMatch(/interrupted; \d+ file\(s\) are back as they were/);
    expect(same(readTree(d.data), mine)).toBe(true);
  }, 60_000);
});

describe('two applies at once', () => {
  it('the second is told another is running; the first applies whole', async () => {
    const d = fresh();
    // Another article (published a day later, so it has an id of its own) about the same meeting, drafted before
    // the first is applied.
    const second = drafted(ARTICLE.replace('2025.03.05', '2025.03.06').replace('5일', '지난 5일'), d.data);
    const gate = `${d.data}.go`;
    const first = child(d, 'locked', 'pause');
    const lock = path.join(d.data, '.apply.lock');
    for (let i = 0; i < 600 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 50));
    const other = await child(d, 'none', 'none', second.file);
    expect(other.code).toBe(1);
    expect(other.out).toMatch(/another apply is changing .* wait until it has finished/);
    writeFileSync(gate, '');
    const done = await first;
    rmSync(gate, { force: true });
    expect(done.code, done.out).toBe(0);
    expect(existsSync(second.file)).toBe(true);
    expect(existsSync(lock)).toBe(false);
    // The first's records are all there; the second, drafted before them, now finds them recorded, and says so.
    const meetings = readFileSync(path.join(d.data, 'meetings.yaml'), 'utf8');
    expect(meetings).toContain(d.draft.meetings![0].record!.id);
    const then = await applyDraft(second.file, { dataDir: d.data });
    expect(then.applied).toBeNull();
    expect(then.problems[0].message).toMatch(/duplicate id; first defined at .*meetings\.yaml:\d+/);
    expect(then.problems[0].message).not.toMatch(/mg-apply-/);
  }, 60_000);
});

describe('a draft reaches only its own files', () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'mg-outside-'));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it.each([
    ['a path up and out', (d: Drafted) => path.relative(path.dirname(d.file), path.join(outside, 'secret.txt'))],
    ['an absolute path', () => path.join(outside, 'secret.txt')],
    ['another article of the data', () => '../articles/news-one.txt'],
  ])('refuses %s as the article text, and removes nothing', async (_name, target) => {
    const d = fresh();
    writeFileSync(path.join(outside, 'secret.txt'), 'someone else’s file');
    const before = readTree(d.data);
    const text = target(d);
    writeFileSync(d.file, readFileSync(d.file, 'utf8').replace(/^ {2}text: .*$/m, `  text: ${JSON.stringify(text)}`));
    const r = await applyDraft(d.file, { dataDir: d.data });
    expect(r.applied).toBeNull();
    expect(r.problems[0].message).toMatch(/applies only its own copy of the page/);
    expect(readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe('someone else’s file');
    const now = readTree(d.data);
    now.set(path.relative(d.data, d.file), before.get(path.relative(d.data, d.file))!);
    expect(same(now, before)).toBe(true);
  });

  it('refuses a text that is a pipe, without waiting on it', async () => {
    const d = fresh();
    const txt = d.file.replace(/\.yaml$/, '.txt');
    rmSync(txt);
    expect(spawnSync('mkfifo', [txt]).status).toBe(0);
    const r = await applyDraft(d.file, { dataDir: d.data });
    expect(r.problems[0].message).toMatch(/is not a plain file/);
  });

  it('refuses a draft that is not in the data folder’s drafts/', async () => {
    const d = fresh();
    const copy = path.join(outside, path.basename(d.file));
    writeFileSync(copy, readFileSync(d.file));
    const r = await applyDraft(copy, { dataDir: d.data });
    expect(r.problems[0].message).toMatch(/a draft is applied from .*drafts\//);
  });
});

describe('plain problems at a line', () => {
  it('an alias bomb in a draft', async () => {
    const d = fresh();
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
    ];
    writeFileSync(d.file, `${bomb.join('\n')}\n${readFileSync(d.file, 'utf8')}`);
    const r = await applyDraft(d.file, { dataDir: d.data });
    expect(r.problems[0]).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/alias/i) });
  });

  it.each(['people', 'organizations'])('"%s:" with no list in the data', async (collection) => {
    const d = fresh();
    writeFileSync(path.join(d.data, `${collection}.yaml`), `# nobody yet\n${collection}:\n`);
    const r = await applyDraft(d.file, { dataDir: d.data });
    expect(r.problems[0]).toMatchObject({
      line: 2,
      // Edited by the draft ("holds no list") or only compiled ("expected a top-level … list"): named either way.
      message: expect.stringMatching(new RegExp(`"${collection}:" holds no list|top-level "${collection}:" list`)),
    });
  });
});
