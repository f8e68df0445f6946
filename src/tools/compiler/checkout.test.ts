// A clone made with Windows line endings (core.autocrlf=true) compiles to the graph.json it ships: article texts
// keep their bytes on checkout (.gitattributes), so every quote is found at the same offsets.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, previousDrawing } from './index';

const root = path.resolve(import.meta.dirname, '../../..');
const temp = mkdtempSync(path.join(tmpdir(), 'mg-crlf-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Needs the repository's history: a clone of HEAD, as CI makes.
describe.skipIf(!existsSync(path.join(root, '.git')))(
  'a checkout with core.autocrlf=true',
  { timeout: 120_000 },
  () => {
    it('compiles to the same graph.json', async () => {
      const clone = path.join(temp, 'clone');
      execFileSync('git', ['clone', '-q', '-c', 'core.autocrlf=true', root, clone]);
      const text = readFileSync(path.join(clone, 'data/articles/kyunghyang-2025-02-04-altman-broad-moves.txt'));
      expect(text.includes('\r\n')).toBe(false);
      const graph = path.join(clone, 'public/data/graph.json');
      const result = await compile({ dataDir: path.join(clone, 'data'), previous: previousDrawing(graph) });
      expect(result.problems).toEqual([]);
      expect(result.json).toBe(readFileSync(graph, 'utf8'));
    });
  },
);
