// Text on the cards: measured and drawn as outlines with the packaged font (@kfonts/nanum-gothic), so the PNG needs
// no font at render time and every line is exactly as wide as it was measured. Fonts are opened once per process.
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('@kfonts/nanum-gothic/package.json')), 'src');
export const CARD_FONTS = { regular: 'NanumGothic.ttf', bold: 'NanumGothicBold.ttf' } as const;

export type Weight = keyof typeof CARD_FONTS;
const fonts = new Map<Weight, fontkit.Font>();

function font(weight: Weight): fontkit.Font {
  let f = fonts.get(weight);
  if (!f) fonts.set(weight, (f = fontkit.openSync(path.join(FONT_DIR, CARD_FONTS[weight])) as fontkit.Font));
  return f;
}

/** Width in pixels of `text` at `size` px, in the weight it is drawn in. */
export type Measure = (text: string, size: number, weight?: Weight) => number;

/** The font's own advances. */
export const measure: Measure = (text, size, weight = 'regular') => {
  const f = font(weight);
  return (f.layout(text).advanceWidth * size) / f.unitsPerEm;
};

/** How far the font's lines reach above and below the baseline, per pixel of size. */
export function extent(weight: Weight): { ascent: number; descent: number } {
  const f = font(weight);
  return { ascent: f.ascent / f.unitsPerEm, descent: -f.descent / f.unitsPerEm };
}

/** Spaces a line may break at: all but the no-break space, which holds a name together. */
const BREAK = /[^\S\u00a0]+/;

/** Lines of at most `width` px, broken at spaces (inside a word when it alone is too long), `max` lines at most, the
 * last ending in "…" when text is left over. Each word and each character of a cut word is measured once. */
export function wrap(text: string, size: number, width: number, max: number, m: Measure = measure): string[] {
  return wrapText(text, size, width, max, m).lines;
}

function wrapText(text: string, size: number, width: number, max: number, m: Measure) {
  const space = m(' ', size);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  let cut = false;
  const full = () => lines.length >= max;
  for (const word of text.split(BREAK).filter(Boolean)) {
    if (full()) {
      cut = true;
      break;
    }
    const w = m(word, size);
    if (line && lineWidth + space + w <= width) {
      line += ` ${word}`;
      lineWidth += space + w;
      continue;
    }
    if (line) lines.push(line);
    [line, lineWidth] = ['', 0];
    if (full()) {
      cut = true;
      break;
    }
    if (w <= width) {
      [line, lineWidth] = [word, w];
      continue;
    }
    // A word wider than a line on its own is cut where it fills one.
    for (const ch of word) {
      const c = m(ch, size);
      if (line && lineWidth + c > width) {
        lines.push(line);
        [line, lineWidth] = ['', 0];
        if (full()) {
          cut = true;
          break;
        }
      }
      line += ch;
      lineWidth += c;
    }
    if (cut) break;
  }
  if (line && !full()) lines.push(line);
  else if (line) cut = true;
  if (!cut) return { lines, cut };
  // The last line gives up characters from its end until "…" fits.
  const chars = [...lines[max - 1]];
  let w = m(lines[max - 1], size);
  const dots = m('…', size);
  while (chars.length > 1 && w + dots > width) w -= m(chars.pop()!, size);
  lines[max - 1] = `${chars.join('').trimEnd()}…`;
  return { lines, cut };
}

/**
 * As `wrap`, but a text that takes several lines is set in the narrowest width that keeps it to as many lines, so
 * that the lines are of like length (a title does not end on one orphaned word). No word is cut that `wrap` kept.
 */
export function balance(text: string, size: number, width: number, max: number, m: Measure = measure): string[] {
  const first = wrapText(text, size, width, max, m);
  if (first.cut || first.lines.length < 2) return first.lines;
  const widest = Math.max(...text.split(BREAK).map((w) => m(w, size)));
  let [lo, hi, best] = [Math.min(widest, width), width, first.lines];
  // A pixel is as fine as a reader can see: about ten tries.
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    const next = wrapText(text, size, mid, max, m);
    if (!next.cut && next.lines.length === first.lines.length) [hi, best] = [mid, next.lines];
    else lo = mid;
  }
  return best;
}

/** An SVG path of `text` set at (x, baseline y), `size` px: the glyphs' outlines, placed by the font's layout. */
export function textPath(text: string, x: number, y: number, size: number, weight: Weight): string {
  const f = font(weight);
  const run = f.layout(text);
  const scale = size / f.unitsPerEm;
  let pen = 0;
  let d = '';
  for (let i = 0; i < run.glyphs.length; i++) {
    const p = run.positions[i];
    const at = x + (pen + p.xOffset) * scale;
    d += run.glyphs[i].path
      .scale(scale, -scale)
      .translate(at, y - p.yOffset * scale)
      .toSVG();
    pen += p.xAdvance;
  }
  // Two decimals are a hundredth of a pixel: plenty, and a third of the size.
  return d.replace(/\d+\.\d{3,}/g, (n) => Number(n).toFixed(2));
}
