// What a picture of the view says around the graph: a title, the date window and filters, the legend, the sources.
import type { Palette } from '../../core/graph';
import type { ExportView } from '../../core/export';
import { formatRange } from '../../i18n';
import { pick, type Strings } from '../../i18n';

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
