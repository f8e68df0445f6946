export interface HistogramBin {
  /** First and last day of the period (inclusive). */
  from: number;
  to: number;
  count: number;
}

export type BinUnit = 'month' | 'quarter' | 'year';

/** A mark on the timeline's axis: the first day of a month or of a year (its words are the interface's). */
export interface Tick {
  day: number;
  unit: 'month' | 'year';
  year: number;
}
