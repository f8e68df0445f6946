export interface HistogramBin {
  /** First and last day of the period (inclusive). */
  from: number;
  to: number;
  count: number;
}

export type BinUnit = 'month' | 'quarter' | 'year';

export interface Tick {
  day: number;
  label: string;
}
