// One bad character never breaks the site: a control character, U+FFFE/U+FFFF or half a surrogate pair in any
// text of data/ is a problem at its file and line, never a graph that the build, the exports or XML refuse.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScalar, LineCounter, parseDocument, visit, type Document, type Scalar } from 'yaml';
import { CONTROL_CHARACTERS } from '../../core/schema/characters';
import { checkGraph, encodeGraph } from '../../core/schema';
import { graphOf } from '../graphs';
import { compile } from '../../tools/compiler';
import { DATA_DIR } from './harness';
import { decode, encode, readTree, writeTree, type Files } from './tree';

const original = readTree(DATA_DIR);
const BAD = ['\u0001', '\u0000', '\u001f', '\u000b', '\u007f', '\u0085', '\ufffe', '\uffff', '\ud800', '\udfff'];

interface Leaf {
  file: string;
  nth: number;
}

const TEXT_KEY = /^(ko|en|title|note|author|publishedNote|value|field|seed)$/;

/** The strings of a YAML document that are texts (not ids, dates, kinds or URLs), in document order. */
function texts(doc: Document): Scalar[] {
  const out: Scalar[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.value) && typeof pair.value.value === 'string' && TEXT_KEY.test(key)) out.push(pair.value);
    },
    // Items of lists of text: aliases and quotes.
    Scalar(k, node) {
      if (typeof k === 'number' && typeof node.value === 'string' && !/^[a-z0-9-]+$/.test(node.value)) out.push(node);
    },
  });
  return out;
}

function textLeaves(): Leaf[] {
  return [...original]
    .filter(([file]) => file.endsWith('.yaml'))
    .flatMap(([file, bytes]) => texts(parseDocument(decode(bytes))).map((_, nth) => ({ file, nth })));
}

/** The data with `bad` inserted in the middle of the leaf's text, and the line it is on. */
function withBad(leaf: Leaf, bad: string): { files: Files; line: number } {
  const doc = parseDocument(decode(original.get(leaf.file)!));
  const target = texts(doc)[leaf.nth];
  const value = String(target.value);
  const at = Math.max(1, Math.floor(value.length / 2));
  target.value = value.slice(0, at) + bad + value.slice(at);
  // Double-quoted, so that the character is written as an escape that YAML reads back.
  target.type = 'QUOTE_DOUBLE';
  const text = doc.toString({ lineWidth: 0 });
  const lines = new LineCounter();
  const again = texts(parseDocument(text, { lineCounter: lines }))[leaf.nth];
  const files = new Map(original);
  files.set(leaf.file, encode(text));
  return { files, line: lines.linePos(again.range![0]).line };
}

describe('one bad character', () => {
  const leaves = textLeaves();

  it('finds the texts of every data file', () => {
    expect(new Set(leaves.map((l) => l.file)).size).toBeGreaterThanOrEqual(5);
    expect(leaves.length).toBeGreaterThan(100);
  });

  it.each(BAD.map((b) => [`U+${b.charCodeAt(0).toString(16).padStart(4, '0')}`, b]))(
    '%s anywhere in a text is a problem at its line',
    async (_name, bad) => {
      // Every text, each with its own compile, would take minutes: a spread of them, different for each character.
      const offset = BAD.indexOf(bad);
      const chosen = leaves.filter((_, i) => i % 10 === offset);
      for (const leaf of chosen) {
        const { files, line } = withBad(leaf, bad);
        const dir = mkdtempSync(path.join(tmpdir(), 'mg-char-'));
        try {
          writeTree(dir, files);
          const result = await compile({ dataDir: dir, layout: false });
          const where = `${leaf.file} text #${leaf.nth}`;
          expect(result.json, where).toBeNull();
          const here = result.problems.filter((p) => p.file.endsWith(leaf.file) && p.line === line);
          expect(here.length, `${where}: ${result.problems.map((p) => p.message).join('; ')}`).toBeGreaterThan(0);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    },
    60_000,
  );

  it('the app refuses the same characters in graph.json, naming the field', async () => {
    const result = await compile({ dataDir: DATA_DIR, layout: false });
    const graph = graphOf(result.json!);
    for (const bad of BAD) {
      const g = structuredClone(graph);
      g.meetings[0].title.ko = `a${bad}b`;
      g.entities[0].name.en = `c${bad}d`;
      const checked = checkGraph(encodeGraph(g));
      expect(checked.ok).toBe(false);
      const paths = checked.ok ? [] : checked.problems.map((p) => p.split(':')[0]);
      expect(paths).toEqual(expect.arrayContaining(['meetings[0].title.ko', 'entities[0].name.en']));
    }
  });

  it('allows tab and line breaks, and characters beyond the BMP', () => {
    expect(CONTROL_CHARACTERS.test('a\tb\nc\r\nd 😀 한국')).toBe(false);
  });
});
