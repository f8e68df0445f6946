// Ids are only ids: a person, organisation, meeting or article called like a property of every JavaScript object
// compiles, is laid out and loads like any other; an id longer than a link can carry is a problem at its line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../core/graph';
import { MAX_ID_LENGTH } from '../../core/schema/common';
import { checkGraph } from '../../features/loading/readFiles';
import { compile } from '../../tools/compiler';
import { DATA_DIR } from './harness';
import { graphOf } from '../graphs';
import { decode, encode, readTree, writeTree, type Files } from './tree';

const original = readTree(DATA_DIR);

/** The data with ids renamed wherever they stand alone (YAML values, list items, article file names). */
function renamed(names: Record<string, string>): Files {
  const files: Files = new Map();
  for (const [file, bytes] of original) {
    let rel = file;
    let text = decode(bytes);
    for (const [from, to] of Object.entries(names)) {
      rel = rel.replace(`articles/${from}.`, `articles/${to}.`);
      if (file.endsWith('.yaml')) text = text.replace(new RegExp(`(?<![\\w-])${from}(?![\\w-])`, 'g'), to);
    }
    files.set(rel, file.endsWith('.yaml') ? encode(text) : bytes);
  }
  return files;
}

async function compiled(files: Files) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-ids-'));
  try {
    writeTree(dir, files);
    return await compile({ dataDir: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('ids named like properties of every object', () => {
  it.each([
    ['constructor', 'chey-tae-won'],
    ['then', 'altman'],
    ['length', 'sk-group'],
    ['prototype', 'openai'],
    ['tostring', '2025-02-04-altman-chey'],
    ['valueof', 'metro-2025-02-04-altman-relay-meetings'],
  ])(
    '"%s" in place of %s compiles, is laid out, and loads in the app',
    async (word, id) => {
      const result = await compiled(renamed({ [id]: word }));
      expect(result.problems.map((p) => p.message)).toEqual([]);
      expect(() => checkGraph(JSON.parse(result.json!))).not.toThrow();
      const index = buildIndex(graphOf(result.json!));
      const entity = index.people.get(word) ?? index.organizations.get(word);
      const record = entity ?? index.meetings.get(word) ?? index.articles.get(word);
      expect(record, word).toBeDefined();
      if (entity) expect(Number.isFinite(entity.x) && Number.isFinite(entity.y)).toBe(true);
    },
    60_000,
  );
});

describe('id length', () => {
  const long = (n: number) => `m-${'x'.repeat(n - 2)}`;

  it(`refuses an id over ${MAX_ID_LENGTH} characters, at its line`, async () => {
    const result = await compiled(renamed({ '2025-02-04-altman-chey': long(MAX_ID_LENGTH + 1) }));
    expect(result.json).toBeNull();
    const problem = result.problems.find((p) => /at most 200 characters/.test(p.message));
    expect(problem?.file).toMatch(/meetings\.yaml$/);
    expect(problem?.line).toBeGreaterThan(1);
  });

  it(`accepts one of ${MAX_ID_LENGTH}`, async () => {
    const result = await compiled(renamed({ '2025-02-04-altman-chey': long(MAX_ID_LENGTH) }));
    expect(result.problems).toEqual([]);
  }, 60_000);
});
