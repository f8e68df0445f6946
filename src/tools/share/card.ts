// The preview image of a meeting (1200×630 PNG): drawn at build time from an SVG with a Korean font that comes
// with the project's packages (@kfonts/nanum-gothic), so no system font is assumed and text is measured exactly.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import type { Lang } from '../../core/schema';
import { articlesLine, peopleLine } from './describe';
import { CARD_SIZE, escapeMarkup } from './tags';
import type { MeetingCard } from './types';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('@kfonts/nanum-gothic/package.json')), 'src');
export const CARD_FONTS = ['NanumGothic.ttf', 'NanumGothicBold.ttf'].map((f) => path.join(FONT_DIR, f));
const FAMILY = 'NanumGothic';

const MARGIN = 72;
const WIDTH = CARD_SIZE.width - 2 * MARGIN;

type Measure = (text: string, size: number) => number;

let measurer: Measure | null = null;
/** Width in pixels of `text` at `size` px, from the font's own advances (Regular and Bold share them). */
function measure(): Measure {
  if (measurer) return measurer;
  const font = fontkit.openSync(CARD_FONTS[0]) as fontkit.Font;
  return (measurer = (text, size) => (font.layout(text).advanceWidth * size) / font.unitsPerEm);
}

/** Lines of at most `width` px, broken at spaces (inside a word when it alone is too long), `max` lines at most. */
export function wrap(text: string, size: number, width: number, max: number, m: Measure = measure()): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const next = line ? `${line} ${word}` : word;
    if (m(next, size) <= width) return void (line = next);
    if (line) lines.push(line);
    line = '';
    // A word wider than the line on its own is cut where it fills one.
    let rest = word;
    while (m(rest, size) > width) {
      const chars = [...rest];
      let n = chars.length - 1;
      while (n > 1 && m(chars.slice(0, n).join(''), size) > width) n--;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1];
  while (last && m(`${last}…`, size) > width) last = [...last].slice(0, -1).join('');
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** As many names as fit in `max` lines, then `외 N명` / `and N more`, so the count is never cut off. */
function fitPeople(card: MeetingCard, lang: Lang, size: number, max: number): string[] {
  for (let n = card.people.length; n > 1; n--) {
    const lines = wrap(peopleLine(card.people, n)[lang], size, WIDTH, max + 1);
    if (lines.length <= max) return lines;
  }
  return wrap(peopleLine(card.people, 1)[lang], size, WIDTH, max);
}

interface Block {
  lines: string[];
  size: number;
  bold?: boolean;
  color: string;
  /** Space above the block, px. */
  gap: number;
}

/** The card as SVG: what it shows is the meeting's title, date, people and sources, in Korean and English. */
export function cardSvg(card: MeetingCard): string {
  const people = { ko: fitPeople(card, 'ko', 32, 2), en: fitPeople(card, 'en', 26, 1) };
  const articles = articlesLine(card.articles);
  const outlets = card.outlets.map((o) => o.ko).join(', ');
  const blocks: Block[] = [
    { lines: [`${card.date.ko} · ${card.date.en}`], size: 30, bold: true, color: '#1a56db', gap: 0 },
    { lines: wrap(card.title.ko, 56, WIDTH, 2), size: 56, bold: true, color: '#111827', gap: 30 },
    { lines: wrap(card.title.en, 32, WIDTH, 2), size: 32, color: '#4b5563', gap: 16 },
    { lines: people.ko, size: 32, bold: true, color: '#111827', gap: 40 },
    { lines: people.en, size: 26, color: '#4b5563', gap: 10 },
  ];
  const text: string[] = [];
  let y = 150;
  for (const b of blocks) {
    y += b.gap;
    for (const line of b.lines) {
      y += b.size * 1.2;
      const weight = b.bold ? ' font-weight="700"' : '';
      text.push(
        `<text x="${MARGIN}" y="${y.toFixed(0)}" font-size="${b.size}"${weight} fill="${b.color}">${escapeMarkup(line)}</text>`,
      );
    }
  }
  const footer = wrap(`${articles.ko} · ${articles.en}${outlets ? ` — ${outlets}` : ''}`, 24, WIDTH, 1)[0];
  const { width: w, height: h } = CARD_SIZE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${FAMILY}">`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    `<rect width="${w}" height="12" fill="#1a56db"/>`,
    `<text x="${MARGIN}" y="96" font-size="26" font-weight="700" fill="#6b7280">Meeting Graph · 회동 지도</text>`,
    ...text,
    `<line x1="${MARGIN}" y1="${h - 92}" x2="${w - MARGIN}" y2="${h - 92}" stroke="#e5e7eb" stroke-width="2"/>`,
    `<text x="${MARGIN}" y="${h - 48}" font-size="24" fill="#4b5563">${escapeMarkup(footer)}</text>`,
    '</svg>',
  ].join('\n');
}

/** The card as PNG, with only the packaged fonts (none of the system's). */
export function renderCard(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles: CARD_FONTS, loadSystemFonts: false, defaultFontFamily: FAMILY },
  });
  return resvg.render().asPng();
}
