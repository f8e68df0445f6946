// The view state a link carries (Retina's navState): everything needed to reproduce a view.
import type { Lang } from '../schema';

export interface NavState {
  /** Selected meeting id. */
  meeting?: string;
  /** Selected person or organisation id. */
  person?: string;
  /** With `person`: the other person of a pair, whose meetings with them are shown. */
  with?: string;
  /** Range start, `YYYY-MM-DD` or `YYYY-MM` (a month means from its first day). */
  from?: string;
  /** Range end, `YYYY-MM-DD` or `YYYY-MM` (a month means to its last day). */
  to?: string;
  /** Organisation filters, in the order chosen. */
  orgs: string[];
  /** People drawn inside boxes of their organisations. */
  grouped?: true;
  /**
   * Organisations drawn as one node, said only when it differs from the data's default: every one (`all`) but
   * `ids`, or (`none`) only `ids`. Written `collapsed=all&open=…` or `collapsed=…` (`collapsed=none` for none).
   */
  collapse?: { base: 'all' | 'none'; ids: string[] };
  lang?: Lang;
}

/** Something a pasted link asked for that the app dropped or corrected: its words are the interface's, by kind. */
export interface NavNotice {
  param: string;
  value: string;
  kind:
    | 'unknown-id'
    | 'malformed-date'
    | 'reversed-range'
    | 'duplicate'
    | 'unknown-param'
    | 'empty'
    | 'too-long'
    | 'out-of-range'
    | 'invalid-lang'
    | 'invalid-value'
    | 'conflict'
    | 'never-met'
    | 'unknown-path';
}
