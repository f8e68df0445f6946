// What the editor's desk page and its local server say to each other (src/tools/desk/api.ts answers): types only,
// so the page and the server agree on every request and reply.
import type { Draft } from '../core/schema/draft';

export type { Draft };

/** A problem shown at the draft field it concerns (`meetings[0].record.date`), or with the whole draft. */
export interface FieldProblem {
  field?: string;
  message: string;
}

export interface KnownPerson {
  id: string;
  ko: string;
  en: string;
  /** Every name and alias data/ records, for search. */
  names: string[];
  orgs: string[];
  titles: string[];
}

export interface KnownOrganization {
  id: string;
  ko: string;
  en: string;
  names: string[];
}

export interface DraftSummary {
  id: string;
  title: string;
  outlet: string;
  published: string;
  proposals: number;
}

export interface DeskState {
  /** The data folder the desk edits, as given to `npm run desk`. */
  data: string;
  drafts: DraftSummary[];
  people: KnownPerson[];
  organizations: KnownOrganization[];
  /** The articles data/ has, for "already recorded" links: id → title. */
  articles: { id: string; title: string }[];
}

export interface AddArticle {
  /** The page's text as pasted, or a saved .txt or .html file's text. */
  text: string;
  /** The dropped file's name, when there was one. */
  fileName?: string;
  url?: string;
  outlet?: string;
  /** YYYY-MM-DD */
  published?: string;
  title?: string;
}

export type AddResult =
  | { ok: true; id: string }
  | {
      ok: false;
      /** Fields here are the add form's: `text`, `url`, `outlet`, `published`, `title`. */
      problems: FieldProblem[];
      /** The same article is in data/ already: the map opened on a meeting it reports. */
      already?: { id: string; title: string; mapLink: string };
      /** A draft of this article is in progress. */
      draft?: string;
    };

/** A line of the page: the article's own text, or a line judged not the article, and why. */
export interface PageLineView {
  n: number;
  text: string;
  article: boolean;
  reason?: string;
}

export interface SentenceView {
  line: number;
  text: string;
}

export interface DraftView {
  id: string;
  draft: Draft;
  lines: PageLineView[];
  /** The article's sentences: a quote is always one of them, whole. */
  sentences: SentenceView[];
}

export interface SaveResult {
  saved: boolean;
  problems: FieldProblem[];
}

export interface ApplyView {
  applied: { meetings: number; sources: number; people: number; organizations: number; article: string } | null;
  /** checkOnly: the data compiles with the draft. */
  checked?: boolean;
  problems: FieldProblem[];
  /** The map opened on the first meeting the draft adds or adds to. */
  mapLink?: string;
}
