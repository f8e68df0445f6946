// Where a value is in a data file: value paths mapped to line:column (for the compiler, the ingest assistant and
// the desk). Parsing with positions is kept lazy: at scale only files with problems pay for it.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A path to a value inside a YAML document: keys and list indexes. */
export type ValuePath = readonly (string | number)[];

/** Finds where a value is in a source file, for problems that point at it. */
export interface Locator {
  file: string;
  locate(path: ValuePath, atKey?: boolean): { line: number; column: number };
}

export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
}

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, keepSourceTokens: false });
  return { doc, lines };
}

/** Offset of the node at `path`, or of its deepest existing ancestor (e.g. the map missing a required key). */
export function offsetOf(doc: Document, path: ValuePath, atKey = false): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      if (atKey && seg === path[path.length - 1] && keyStart !== undefined) return keyStart;
      node = pair.value;
      offset = rangeStart(node) ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      node = node.items[seg];
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** A locator over a file's bytes (kept off the JS heap); the document is parsed again on first use only. */
export function yamlLocator(file: string, bytes: Uint8Array, parsed?: ParsedYaml): Locator {
  let cache = parsed;
  return {
    file,
    locate(path, atKey = false) {
      cache ??= parseYaml(new TextDecoder('utf-8').decode(bytes));
      const { line, col } = cache.lines.linePos(offsetOf(cache.doc, path, atKey));
      return { line, column: col };
    },
  };
}

/** For files that are not YAML (article texts): everything points at the start. */
export function fixedLocator(file: string, line = 1, column = 1): Locator {
  return { file, locate: () => ({ line, column }) };
}

/** Line and column (1-based) of a character offset in a text. */
export function linePosOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
