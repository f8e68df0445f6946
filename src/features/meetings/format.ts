// How a meeting is named in text: the same words in the list, the panel and the buttons' accessible names.
import { formatMeetingDate, pick, type Strings } from '../../i18n';
import type { GraphIndex } from '../../core/graph';
import type { Agreement, Lang, Meeting } from '../../core/schema';

/** "Feb 4, 2025", or "June 2025 (day not reported)" when the articles give only the month. */
export function dateLabel(item: Meeting | Agreement, lang: Lang): string {
  return formatMeetingDate(item.date, item.precision, lang);
}

export function entityName(index: GraphIndex, id: string, lang: Lang): string {
  const e = index.people.get(id) ?? index.organizations.get(id);
  return e ? pick(e.name, lang) : id;
}

export function namesOf(index: GraphIndex, ids: readonly string[], lang: Lang): string {
  return ids.map((id) => entityName(index, id, lang)).join(', ');
}

/** "15:00", or a part of the day, or nothing. */
export function timeLabel(m: Meeting, t: Strings): string | undefined {
  if (m.time) return m.time;
  return m.dayPart ? t.dayParts[m.dayPart] : undefined;
}
