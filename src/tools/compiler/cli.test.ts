// The CLI as people run it (through tsx): writes only on change, atomically, never on problems; --check.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCopy } from './test-helpers';
import { writeFailure, writeIfChanged } from '../common/files';

const root = path.resolve(import.meta.dirname, '../../..');
const temp = mkdtempSync(path.join(tmpdir(), 'mg-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compile.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('writeIfChanged', () => {
  it('writes through a temp file in the same dir, only when the bytes change', () => {
    const file = path.join(temp, 'w', 'graph.json');
    expect(writeIfChanged(file, 'a\n')).toBe('written');
    const mtime = statSync(file).mtimeMs;
    expect(writeIfChanged(file, 'a\n')).toBe('unchanged');
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(writeIfChanged(file, 'b\n')).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe('b\n');
    expect(readdirSync(path.dirname(file))).toEqual(['graph.json']);
  });
});

describe('scripts/compile.ts', { timeout: 120_000 }, () => {
  const data = fixtureCopy('minimal');
  const out = path.join(temp, 'out', 'graph.json');
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('writes, then reports unchanged, with counts, time and memory', () => {
    const first = cli('--data', data, '--out', out);
    expect(first.err).not.toMatch(/problem/);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /\+ 1 evidence files: 1 articles, 3 people, 3 organizations, 1 meetings, 1 agreements, 6 edges in \d+\.\d\d s, peak memory \d+ MB, 2 written, 0 removed\n$/,
    );
    const second = cli('--data', data, '--out', out);
    expect(second.out).toMatch(/, unchanged\n$/);
    expect(readdirSync(path.dirname(out)).sort()).toEqual(['evidence', 'graph.json']);
    expect(readdirSync(path.join(path.dirname(out), 'evidence'))).toHaveLength(1);
  });

  it('--check passes when up to date, fails without writing when not', () => {
    expect(cli('--data', data, '--out', out, '--check').code).toBe(0);
    writeFileSync(out, '{}\n');
    const stale = cli('--data', data, '--out', out, '--check');
    expect(stale.code).toBe(1);
    expect(stale.err).toMatch(/graph\.json is out of date/);
    expect(readFileSync(out, 'utf8')).toBe('{}\n');
    // An evidence file no graph names any more is reported, and removed by the next compile.
    const leftover = path.join(path.dirname(out), 'evidence', 'ffffffffffffffff.json');
    writeFileSync(leftover, '{}\n');
    expect(cli('--data', data, '--out', out, '--check').err).toMatch(/ffffffffffffffff\.json is left over/);
    expect(cli('--data', data, '--out', out).out).toMatch(/1 written, 1 removed\n$/);
    expect(existsSync(leftover)).toBe(false);
    const missing = cli('--data', data, '--out', path.join(temp, 'none.json'), '--check');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/none\.json is missing/);
  });

  it('prints every problem and leaves the existing output untouched', () => {
    writeFileSync(out, 'previous\n');
    const bad = fixtureCopy('minimal', {
      'meetings.yaml': (t) => t.replace('      - aide\n', '      - nobody\n').replace('약 1시간', '약 2시간'),
    });
    const r = cli('--data', bad, '--out', out);
    rmSync(bad, { recursive: true, force: true });
    expect(r.code).toBe(1);
    const lines = r.err
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('npm warn'));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/meetings\.yaml:11:9: meeting "2025-02-04-altman-chey": unknown person "nobody"$/);
    expect(lines[1]).toMatch(/meetings\.yaml:18:13: .*quote not found/);
    expect(lines[2]).toBe(`2 problems; ${out} left unchanged`);
    expect(r.err).not.toMatch(/ at .*\.ts:\d+/); // no stack trace
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
  });

  it('never replaces a graph with meetings by an empty one, unless told to', () => {
    expect(cli('--data', data, '--out', out).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    const empty = mkdtempSync(path.join(temp, 'empty-'));
    for (const c of ['people', 'organizations', 'meetings', 'agreements'])
      writeFileSync(path.join(empty, `${c}.yaml`), `${c}: []\n`);
    mkdirSync(path.join(empty, 'articles'));
    const refused = cli('--data', empty, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /compiles to an empty graph .* would replace .*graph\.json and its 1 meetings: .*--allow-empty/,
    );
    expect(readFileSync(out, 'utf8')).toBe(before);
    const meant = cli('--data', empty, '--out', out, '--allow-empty');
    expect(meant.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).meetings.id).toEqual([]);
  });

  it('says why it could not write, without a stack trace (here: the output folder is a file)', () => {
    const blocker = path.join(temp, 'a-file');
    writeFileSync(blocker, 'x');
    const r = cli('--data', data, '--out', path.join(blocker, 'graph.json'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^could not write .*a-file.* \((ENOTDIR|EEXIST)\); .*graph\.json left unchanged\n$/);
    expect(writeFailure(Object.assign(new Error('x'), { code: 'ENOSPC', path: '/d/graph.json' }))).toBe(
      'could not write /d/graph.json: the disk is full; free some space and compile again',
    );
  });

  it('rejects unknown options without a stack trace', () => {
    const r = cli('--nope');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/usage: compile/);
  });
});
