/** How a query met a name, best first. */
export type MatchKind = 'exact' | 'prefix' | 'word' | 'substring' | 'affiliation';

export interface SearchHit {
  id: string;
  kind: 'person' | 'organization';
  /** Higher is better: 4 exact, 3 prefix, 2 start of a later word, 1 inside a word, 0 through an affiliation. */
  score: number;
  match: MatchKind;
  /** The name or alias that matched, as written (for an affiliation: the organisation's). */
  matched: string;
  /** For `affiliation`: the organisation that matched. */
  via?: string;
}

export interface Search {
  search(query: string, limit?: number): SearchHit[];
}
