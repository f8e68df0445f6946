// What a reader takes away: the view they are looking at, as tables (CSV, JSON) and networks (GEXF, GraphML).
import type { DayRange, GraphIndex, Visibility } from '../graph';
import type { Evidence, Lang } from '../schema';

/** The view being exported: what is in the date window and passes the organisation filters. */
export interface ExportView {
  index: GraphIndex;
  visibility: Pick<Visibility, 'meetings' | 'agreements' | 'activeEntities'>;
  range: DayRange;
  orgFilters: readonly string[];
  lang: Lang;
}

/** Quotes of the meetings in view, by meeting id (from the evidence files). */
export type EvidenceById = ReadonlyMap<string, Evidence>;

/** One row of the table: a meeting, one article that reported it, and the sentence quoted from it. */
export interface MeetingRow {
  meeting_id: string;
  date: string;
  date_precision: string;
  kind: string;
  title_ko: string;
  title_en: string;
  place_ko: string;
  place_en: string;
  participants_ko: string;
  participants_en: string;
  participant_ids: string;
  article_id: string;
  outlet_ko: string;
  outlet_en: string;
  article_title: string;
  published: string;
  url: string;
  quote: string;
}
