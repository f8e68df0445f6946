// Verbatim quote search that ignores whitespace differences only, with offsets into the original text.

/** Any run of whitespace (spaces, tabs, line breaks, NBSP, ideographic space…) counts as one space. */
const WS = /\s+/gu;

export function normalizeQuote(quote: string): string {
  return quote.replace(WS, ' ').trim();
}

/** An article text with whitespace runs collapsed, and a map back to the original offsets. */
export class ArticleIndex {
  readonly text: string;
  private readonly norm: string;
  /** `origin[i]` = offset in `text` of the i-th character of `norm`. */
  private readonly origin: Int32Array;

  constructor(text: string) {
    this.text = text;
    const origin = new Int32Array(text.length);
    let norm = '';
    let n = 0;
    let last = 0;
    WS.lastIndex = 0;
    for (let m = WS.exec(text); m; m = WS.exec(text)) {
      norm += text.slice(last, m.index) + ' ';
      for (let i = last; i < m.index; i++) origin[n++] = i;
      origin[n++] = m.index;
      last = m.index + m[0].length;
    }
    norm += text.slice(last);
    for (let i = last; i < text.length; i++) origin[n++] = i;
    this.norm = norm;
    this.origin = origin;
  }

  /** First occurrence of the quote; `text.slice(start, end)` is the original wording. Null when absent. */
  find(quote: string): Span | null {
    const q = normalizeQuote(quote);
    const at = q === '' ? -1 : this.norm.indexOf(q);
    return at === -1 ? null : { start: this.origin[at], end: this.origin[at + q.length - 1] + 1 };
  }
}

export type Span = { start: number; end: number };

/**
 * Every quote the sources cite, resolved one article at a time: only one article's search index is alive at
 * once, which keeps memory flat on large sets. Link reads the offsets back without searching again.
 */
export class QuoteTable {
  /** Keyed by the quote as written in the sources: lookups need no normalising. */
  private readonly byArticle = new Map<string, Map<string, Span | null>>();

  request(article: string, quote: string): void {
    let quotes = this.byArticle.get(article);
    if (!quotes) this.byArticle.set(article, (quotes = new Map()));
    quotes.set(quote, null);
  }

  resolve(textOf: (article: string) => string): void {
    for (const [article, quotes] of this.byArticle) {
      const index = new ArticleIndex(textOf(article));
      for (const q of quotes.keys()) quotes.set(q, index.find(q));
    }
  }

  /** Offsets in the original text, or null when the quote is not there. */
  get(article: string, quote: string): Span | null {
    return this.byArticle.get(article)?.get(quote) ?? null;
  }
}

/** The first characters of a quote, for problem messages. */
export function quotePreview(quote: string, max = 24): string {
  const q = normalizeQuote(quote);
  return q.length > max ? q.slice(0, max) + '…' : q;
}

const CONTEXT_MAX = 160;

/** Index just after a sentence end: `.`, `?`, `!` (also `다.`) followed by a space, or a line break. */
function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '\r') return true;
  if (c !== '.' && c !== '?' && c !== '!' && c !== '。') return false;
  const next = text[i + 1];
  return next === undefined || /\s/u.test(next);
}

/** The rest of the sentence around a quote, trimmed, at most ~160 characters each side. */
export function sentenceContext(text: string, start: number, end: number): { before: string; after: string } {
  let s = start;
  while (s > 0 && start - s < CONTEXT_MAX * 2 && !isBoundary(text, s - 1)) s--;
  let e = end;
  // A quote that itself ends a sentence has nothing after it.
  if (!(end > start && isBoundary(text, end - 1))) {
    while (e < text.length && e - end < CONTEXT_MAX * 2 && !isBoundary(text, e)) e++;
    if (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  }
  let before = text.slice(s, start).replace(WS, ' ').trim();
  let after = text.slice(end, e).replace(WS, ' ').trim();
  if (before.length > CONTEXT_MAX) before = '…' + before.slice(before.length - CONTEXT_MAX + 1).trimStart();
  if (after.length > CONTEXT_MAX) after = after.slice(0, CONTEXT_MAX - 1).trimEnd() + '…';
  return { before, after };
}
