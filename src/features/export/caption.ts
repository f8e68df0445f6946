// What a picture of the view says around the graph: a title, the date window and filters, the legend, the sources.
import type { Palette, SwatchShape } from '../../core/graph';
import type { ExportView } from '../../core/export';
import { formatRange, pick, type Strings } from '../../i18n';

export interface Caption {
  title: string;
  subtitle: string;
  legend: { color: string; shape: SwatchShape; label: string }[];
  sources: string;
}

export function captionOf(view: ExportView, palette: Palette, t: Strings, selected: string | null): Caption {
  const { index, lang, visibility } = view;
  const meeting = selected ? index.meetings.get(selected) : undefined;
  const filters = view.orgFilters
    .map((id) => index.organizations.get(id))
    .filter((o) => !!o)
    .map((o) => pick(o.name, lang));
  const articles = new Set(visibility.meetings.flatMap((m) => m.articles));
  const outlets = [...new Set([...articles].map((id) => index.articles.get(id)?.outlet[lang]).filter(Boolean))];
  return {
    title: meeting ? `${t.appName} — ${pick(meeting.title, lang)}` : t.appName,
    subtitle: [formatRange(view.range, lang), filters.length ? filters.join(', ') : ''].filter(Boolean).join(' · '),
    legend: palette.groups.map((g) => ({
      shape: g.shape,
      color: g.color,
      label: g.org ? pick(index.organizations.get(g.org)!.name, lang) : t.legendOther,
    })),
    sources: t.exportSources(articles.size, outlets as string[]),
  };
}

/** Width in px of `text` at `size` px in the picture's typeface (the PNG's canvas measures; tests pass their own). */
export type Measure = (text: string, size: number, bold?: boolean) => number;

/** One thing drawn around the graph: a line of text (with its measured width), or a legend's dot. Both painters (PNG,
 * SVG) draw these. */
export type Shape =
  | { kind: 'text'; x: number; y: number; size: number; bold?: boolean; color: string; text: string; width: number }
  | { kind: 'dot'; x: number; y: number; r: number; color: string; shape: SwatchShape };

const PAD = 24;
const MIN_WIDTH = 640;
/** A square's or a diamond's corners, as the graph draws the organisation's people (both painters use them). */
export function markCorners(dot: { x: number; y: number; r: number; shape: SwatchShape }): [number, number][] {
  const { x, y, r } = dot;
  const s = r * 0.9;
  return dot.shape === 'diamond'
    ? [
        [x, y - r * 1.15],
        [x + r * 1.15, y],
        [x, y + r * 1.15],
        [x - r * 1.15, y],
      ]
    : [
        [x - s, y - s],
        [x + s, y - s],
        [x + s, y + s],
        [x - s, y + s],
      ];
}

/** The legend's and the sources' size: the graph's labels are drawn at it too (frame.ts). */
export const LEGEND_PX = 13;
const TITLE_PX = 22;
const SUBTITLE_PX = 15;
const LEADING = 1.35;
const DOT = 6;
const INK = '#111827';
const MUTED = '#4b5563';

/**
 * Lines of at most `width` px, broken at spaces (inside a word only when it alone is wider), at most `max` of them,
 * the last ending in "…" when text is left over.
 */
export function wrapText(text: string, size: number, width: number, max: number, m: Measure, bold = false): string[] {
  const fits = (s: string) => m(s, size, bold) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of fits(word) ? [word] : [...word]) {
      if (line && !fits(line + ch)) [lines[lines.length], line] = [line, ''];
      line += ch;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  let last = [...lines[max - 1]];
  while (last.length > 1 && !fits(`${last.join('')}…`)) last = last.slice(0, -1);
  return [...lines.slice(0, max - 1), `${last.join('').trimEnd()}…`];
}

/**
 * The picture's size, where the graph goes (centred across the picture) and every shape of the caption around a
 * graph of `graph` size (px): each line measured and wrapped to the picture's width, the legend's entries flowing
 * in rows as wide as their names.
 */
export function captionLayout(graph: { width: number; height: number }, caption: Caption, m: Measure) {
  const width = Math.ceil(Math.max(graph.width + 2 * PAD, MIN_WIDTH));
  const full = width - 2 * PAD;
  const shapes: Shape[] = [];
  let y = PAD;
  const lines = (text: string, size: number, color: string, max: number, bold = false) => {
    for (const line of wrapText(text, size, full, max, m, bold)) {
      y += size * LEADING;
      shapes.push({
        kind: 'text',
        x: PAD,
        y: y - size * 0.3,
        size,
        bold,
        color,
        text: line,
        width: m(line, size, bold),
      });
    }
  };
  lines(caption.title, TITLE_PX, INK, 2, true);
  if (caption.subtitle) lines(caption.subtitle, SUBTITLE_PX, MUTED, 3);
  const graphTop = Math.ceil(y + 12);
  y = graphTop + graph.height + 12;
  // Legend entries flow left to right, as wide as their names; a name wider than the picture is cut with "…".
  const row = LEGEND_PX * LEADING + 4;
  let x = PAD;
  if (caption.legend.length) y += row;
  for (const entry of caption.legend) {
    const label = wrapText(entry.label, LEGEND_PX, full - 3 * DOT, 1, m)[0] ?? '';
    const w = 3 * DOT + m(label, LEGEND_PX);
    if (x > PAD && x + w > PAD + full) [x, y] = [PAD, y + row];
    shapes.push({ kind: 'dot', x: x + DOT, y: y - LEGEND_PX * 0.35, r: DOT, color: entry.color, shape: entry.shape });
    shapes.push({ kind: 'text', x: x + 3 * DOT, y, size: LEGEND_PX, color: INK, text: label, width: w - 3 * DOT });
    x += w + 20;
  }
  y += 8;
  lines(caption.sources, LEGEND_PX, MUTED, 4);
  return {
    width,
    height: Math.ceil(y + PAD),
    graph: { left: (width - graph.width) / 2, top: graphTop, width: graph.width, height: graph.height },
    shapes,
  };
}
