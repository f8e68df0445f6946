// Test helpers: a copy of a fixture in a temp dir, patched per case, so each test states its one change.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { displayPath } from './pipeline/collect';
import { compile, formatProblem } from './index';

export const FIXTURES = path.join(import.meta.dirname, '__fixtures__');

export type Patch = (text: string) => string | Uint8Array | null;

/** Copies a fixture; each patch rewrites one file (null deletes it, a missing file starts as ""). */
export function fixtureCopy(name: string, patches: Record<string, Patch> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), `mg-${name}-`));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  for (const [file, patch] of Object.entries(patches)) {
    const abs = path.join(dir, file);
    let before = '';
    try {
      before = readFileSync(abs, 'utf8');
    } catch {
      // a new file
    }
    const after = patch(before);
    if (after === null) rmSync(abs);
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, after);
    }
  }
  return dir;
}

/** Compiles a patched copy of the minimal fixture; problems come back as `file:line:col: message` lines
 *  with the temp dir shown as `<data>`. */
export async function problemsOf(patches: Record<string, Patch>): Promise<string[]> {
  const dir = fixtureCopy('minimal', patches);
  try {
    const result = await compile({ dataDir: dir, layout: false });
    const prefix = displayPath(dir);
    return result.problems.map((p) => formatProblem(p).replaceAll(prefix, '<data>'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const replace =
  (from: string, to: string): Patch =>
  (text) => {
    if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
    return text.replace(from, to);
  };
