// Stage 1: the page as the editor saved it, decoded strictly. A page saved as HTML is read as its text, and
// control characters become spaces: what is kept (and quoted) is that text, said in the draft.
import { readFileSync, statSync } from 'node:fs';
import { convert } from 'html-to-text';
import { CONTROL_CHARACTERS } from '../../../core/schema/characters';
import { decodeUtf8 } from '../../common/utf8';
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

/** Why a path cannot be read as a page, or null for a plain file (a pipe or a device would never end). */
function notAFile(file: string): string | null {
  try {
    const st = statSync(file);
    if (st.isDirectory()) return 'a folder, not a file';
    if (!st.isFile()) return 'not a plain file (a pipe, socket or device): save the page as a file';
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : String(code ?? e);
  }
}

/** Stage 1: the page in `file`, or why it cannot be read. */
export function read(file: string, display = file): { page: Page | null; problems: IngestProblem[] } {
  const why = notAFile(file);
  if (why) return { page: null, problems: [{ file: display, message: `cannot read the article: ${why}` }] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { page: null, problems: [{ file: display, message: `cannot read the article: ${code ?? e}` }] };
  }
  return pageFromBytes(bytes, display);
}

/** A saved web page rather than its text: a document, or markup that is plainly HTML's. */
const HTML_PAGE = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAGS =
  /<\/?(p|br|div|span|a|img|li|ul|h[1-6]|td|tr|table|strong|em|b|figure|figcaption|section|article)\b[^>]*>/gi;

/** Bold or a link kept in a text saved line by line ("<b>농협</b>은행장이", a search engine's highlight): its lines
 * are the page's, no markup of a document. */
const INLINE_TAG = /^<\/?(b|strong|em|span|a)\b/i;

function looksLikeHtml(text: string): boolean {
  const tags = text.match(HTML_TAGS) ?? [];
  const lines = text.split('\n').filter((l) => l.trim()).length;
  return HTML_PAGE.test(text) || (tags.length >= 2 && !(lines >= 5 && tags.every((t) => INLINE_TAG.test(t))));
}

function htmlText(html: string): string {
  const keepCase = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
    selector,
    options: { uppercase: false },
  }));
  return convert(html, {
    wordwrap: false,
    selectors: [
      ...keepCase,
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
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
  let text = decoded.text;
  const notes: string[] = [];
  if (looksLikeHtml(text)) {
    text = htmlText(text);
    notes.push('The page was saved as HTML: its text was read, and that text (not the markup) is what data/ keeps.');
  }
  const controls = text.match(new RegExp(CONTROL_CHARACTERS.source, 'g'))?.length ?? 0;
  if (controls > 0) {
    text = text.replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), ' ');
    notes.push(`The page held ${controls} control character(s) (NUL and the like): each is a space in the text kept.`);
  }
  if (text.trim() === '') return { page: null, problems: [{ file, message: 'the file is empty' }] };
  const kept = notes.length ? new TextEncoder().encode(text) : bytes;
  return { page: { file, bytes: kept, text, lines: splitLines(text), notes }, problems: [] };
}
