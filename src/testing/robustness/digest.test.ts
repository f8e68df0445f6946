// The graph's sourceDigest names the exact bytes it was built from: any change to any data file changes it,
// and nothing else does (not the directory it is compiled from, not a file's timestamp).
import { cpSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../tools/compiler';
import { DATA_DIR } from './harness';
import { cloneTree, encode, readTree, writeTree, type Files } from './tree';

const original = readTree(DATA_DIR);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function digestOf(files: Files): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-digest-'));
  dirs.push(dir);
  writeTree(dir, files);
  const r = await compile({ dataDir: dir, layout: false });
  if (!r.graph) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.graph.sourceDigest;
}

/** A change that keeps the data valid: a comment for YAML, a trailing line for an article's text. */
function touched(files: Files, file: string): Files {
  const out = cloneTree(files);
  const bytes = out.get(file)!;
  const extra = encode(file.endsWith('.yaml') ? '\n# edited\n' : '\n');
  const next = new Uint8Array(bytes.length + extra.length);
  next.set(bytes);
  next.set(extra, bytes.length);
  out.set(file, next);
  return out;
}

describe('sourceDigest', () => {
  let base: string;
  beforeAll(async () => {
    base = await digestOf(original);
  });

  it('is a sha256 in hex, and the same for the same bytes anywhere', async () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-digest-copy-'));
    dirs.push(dir);
    cpSync(DATA_DIR, dir, { recursive: true });
    for (const f of original.keys()) utimesSync(path.join(dir, f), new Date(0), new Date(0));
    const r = await compile({ dataDir: dir, layout: false });
    expect(r.graph?.sourceDigest).toBe(base);
    expect(await digestOf(original)).toBe(base);
  });

  it.each([...original.keys()].sort())('changes when %s changes', async (file) => {
    const changed = await digestOf(touched(original, file));
    expect(changed).not.toBe(base);
  });

  it('tells apart a change of content from a move of bytes between files', async () => {
    // Same bytes in total, split differently: the length framing keeps the two apart.
    const a = touched(touched(original, 'people.yaml'), 'organizations.yaml');
    const b = touched(touched(original, 'people.yaml'), 'people.yaml');
    const digests = new Set([base, await digestOf(a), await digestOf(b)]);
    expect(digests.size).toBe(3);
  });
});
