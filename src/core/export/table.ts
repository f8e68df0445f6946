import Papa from 'papaparse';
import type { Evidence, Meeting } from '../schema';
import { dayToIso } from '../schema/dates';
import type { EvidenceById, ExportView, MeetingRow } from './types';

const names = (view: ExportView, ids: readonly string[], lang: 'ko' | 'en') =>
  ids.map((id) => view.index.people.get(id)?.name[lang] ?? view.index.organizations.get(id)?.name[lang] ?? id);

/** One row per meeting in view and quote reporting it, in date order; a meeting's quotes in their order. */
export function meetingRows(view: ExportView, evidence: EvidenceById): MeetingRow[] {
  const rows: MeetingRow[] = [];
  for (const m of view.visibility.meetings) {
    const quotes = evidence.get(m.id)?.sources ?? [];
    const base = meetingColumns(view, m, evidence.get(m.id));
    for (const q of quotes) {
      const article = view.index.articles.get(q.article);
      rows.push({
        ...base,
        article_id: q.article,
        outlet_ko: article?.outlet.ko ?? '',
        outlet_en: article?.outlet.en ?? '',
        article_title: article?.title ?? '',
        published: article?.published ?? '',
        url: article?.url ?? '',
        quote: q.quote,
      });
    }
  }
  return rows;
}

function meetingColumns(view: ExportView, m: Meeting, evidence: Evidence | undefined) {
  return {
    meeting_id: m.id,
    date: m.date,
    date_precision: m.precision,
    kind: m.kind,
    title_ko: m.title.ko,
    title_en: m.title.en ?? '',
    place_ko: evidence?.place?.ko ?? '',
    place_en: evidence?.place?.en ?? '',
    participants_ko: names(view, m.participants, 'ko').join('; '),
    participants_en: names(view, m.participants, 'en').join('; '),
    participant_ids: m.participants.join('; '),
  };
}

/** UTF-8 with a byte-order mark, so spreadsheet programs read Korean as Korean; CRLF rows as RFC 4180 says. */
export function toCsv(rows: MeetingRow[]): string {
  const columns: (keyof MeetingRow)[] = [
    'meeting_id',
    'date',
    'date_precision',
    'kind',
    'title_ko',
    'title_en',
    'place_ko',
    'place_en',
    'participants_ko',
    'participants_en',
    'participant_ids',
    'article_id',
    'outlet_ko',
    'outlet_en',
    'article_title',
    'published',
    'url',
    'quote',
  ];
  // A cell starting with = + - @ would run as a formula in a spreadsheet: escapeFormulae quotes it.
  return '\uFEFF' + Papa.unparse(rows, { columns, newline: '\r\n', escapeFormulae: true });
}

/** The meetings in view with everything the panel shows: people, articles, quotes and disagreements. */
export function toJson(view: ExportView, evidence: EvidenceById): string {
  const meetings = view.visibility.meetings.map((m) => ({
    ...m,
    // What the panel reads from the evidence file: what was discussed, where, and the editor's note.
    summary: evidence.get(m.id)?.summary,
    place: evidence.get(m.id)?.place,
    note: evidence.get(m.id)?.note,
    participantNames: m.participants.map((id) => ({
      id,
      ko: names(view, [id], 'ko')[0],
      en: names(view, [id], 'en')[0],
      principal: !m.attendees.includes(id),
    })),
    sources: evidence.get(m.id)?.sources ?? [],
    disagreements: evidence.get(m.id)?.disagreements ?? [],
  }));
  const cited = new Set(meetings.flatMap((m) => m.articles));
  const articles = view.index.graph.articles.filter((a) => cited.has(a.id));
  return JSON.stringify(
    { exportedFrom: 'Meeting Graph', window: windowOf(view), orgFilters: view.orgFilters, meetings, articles },
    null,
    2,
  );
}

export const windowOf = (view: ExportView) => ({ from: dayToIso(view.range.from), to: dayToIso(view.range.to) });
