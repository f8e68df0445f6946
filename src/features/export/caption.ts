// What a picture of the view says around the graph: a title, the date window and filters, the legend, the sources.
import type { Palette } from '../../core/graph';
import type { ExportView } from '../../core/export';
import { formatRange, pick, type Strings } from '../../i18n';

export interface Caption {
  title: string;
  subtitle: string;
  legend: { color: string; label: string }[];
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
      color: g.color,
      label: g.org ? pick(index.organizations.get(g.org)!.name, lang) : t.legendOther,
    })),
    sources: t.exportSources(articles.size, outlets as string[]),
  };
}

/** One thing drawn around the graph: a line of text, or a legend's dot. Both painters (PNG, SVG) draw these. */
export type Shape =
  | { kind: 'text'; x: number; y: number; size: number; bold?: boolean; color: string; text: string; maxWidth: number }
  | { kind: 'dot'; x: number; y: number; r: number; color: string };

const PAD = 24;
const LINE = 22;
const INK = '#111827';
const MUTED = '#4b5563';

/** The picture's size, where the graph goes, and every shape of the caption around a graph of `graph` size (px). */
export function captionLayout(graph: { width: number; height: number }, caption: Caption) {
  const width = Math.max(graph.width, 640);
  const header = PAD + 30 + LINE + 8;
  // Legend entries flow in rows, about 190 px each.
  const perRow = Math.max(1, Math.floor((width - 2 * PAD) / 190));
  const rows = Math.ceil(caption.legend.length / perRow);
  const legendTop = header + graph.height + 12;
  const footer = legendTop + rows * LINE + 8;
  const full = width - 2 * PAD;
  const shapes: Shape[] = [
    { kind: 'text', x: PAD, y: PAD + 22, size: 22, bold: true, color: INK, text: caption.title, maxWidth: full },
    { kind: 'text', x: PAD, y: PAD + 30 + LINE - 4, size: 15, color: MUTED, text: caption.subtitle, maxWidth: full },
    ...caption.legend.flatMap((entry, i): Shape[] => {
      const x = PAD + (i % perRow) * 190;
      const y = legendTop + Math.floor(i / perRow) * LINE;
      return [
        { kind: 'dot', x: x + 6, y: y + 10, r: 6, color: entry.color },
        { kind: 'text', x: x + 18, y: y + 15, size: 14, color: INK, text: entry.label, maxWidth: 170 },
      ];
    }),
    { kind: 'text', x: PAD, y: footer + 15, size: 13, color: MUTED, text: caption.sources, maxWidth: full },
  ];
  return { width, height: footer + LINE + PAD, graphTop: header, shapes };
}
