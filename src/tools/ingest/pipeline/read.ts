// Stage 1: the page as the editor saved it, decoded strictly; its bytes are kept to be stored unchanged.
import { readFileSync } from 'node:fs';
import { decodeUtf8 } from '../../compiler/utf8';
import type { IngestProblem, Page, PageLine } from './types';

export function splitLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  let start = 0;
  let n = 1;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ n: n++, start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ n, start, end: text.length, text: text.slice(start) });
  return lines;
}

export function readPage(file: string, display = file): { page: Page | null; problems: IngestProblem[] } {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : String(code ?? e);
    return { page: null, problems: [{ file: display, message: `cannot read the article: ${why}` }] };
  }
  return pageFromBytes(bytes, display);
}

export function pageFromBytes(bytes: Uint8Array, file: string): { page: Page | null; problems: IngestProblem[] } {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok)
    return {
      page: null,
      problems: [
        {
          file,
          line: decoded.line,
          message: `not UTF-8 text (byte ${decoded.byte}, column ${decoded.column}): save the page as UTF-8 and try again`,
        },
      ],
    };
  if (decoded.text.trim() === '') return { page: null, problems: [{ file, message: 'the file is empty' }] };
  return { page: { file, bytes, text: decoded.text, lines: splitLines(decoded.text) }, problems: [] };
}
