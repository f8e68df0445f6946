// Shapes shared by the bench's phases, its report, and the script it runs in the page (bench/page-script.js).

export type ScaleName = 'seed' | 'mid' | '2k' | '20k';

export interface ScaleSpec {
  name: ScaleName;
  /** Column heading in the table. */
  label: string;
  /** Synthetic set parameters; absent for the hand-edited seed data. */
  synth?: { people: number; meetings: number; seed: number };
}

export const SCALES: readonly ScaleSpec[] = [
  { name: 'seed', label: 'seed' },
  /** A mid-size archive for the layout report: readable people, not yet an overview. */
  { name: 'mid', label: '200 / 500', synth: { people: 200, meetings: 500, seed: 1 } },
  { name: '2k', label: '2k / 10k', synth: { people: 2000, meetings: 10000, seed: 1 } },
  { name: '20k', label: '20k / 100k', synth: { people: 20000, meetings: 100000, seed: 1 } },
];

export interface CompileResult {
  wallMs: number;
  peakMb: number | null;
  /** The compiler's own summary line (counts, time, memory). */
  summary: string;
  /** graph.json, and all its evidence files together. */
  graphBytes: number;
  evidenceBytes: number;
}

/** p50 / p95 / max of a sample, in milliseconds. */
export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface StepSample {
  from: number;
  to: number;
  dir: 1 | -1;
  /** The app's own update work for this step (its `mg:filter` measures, or the rAF callbacks the change scheduled). */
  filterMs: number;
  /** Input event → the frame that shows the change has been drawn and the main thread is free again. */
  frameMs: number;
  /** Whether Cytoscape drew a frame after the change (a step that changes nothing draws nothing). */
  drew: boolean;
  /** How many rAF callbacks the change scheduled (fallback timing only). */
  callbacks: number;
  /** Timed by the app's own `mg:filter` measures. */
  marked: boolean;
}

export interface ScrubResult {
  source: 'mg:filter measures' | 'rAF callbacks';
  stepDays: number;
  steps: StepSample[];
  /** Cut short by the phase's timeout. */
  partial?: boolean;
}

export interface SelectionSample {
  id: string;
  ms: number;
  /** A meeting edge became the selection (a node hit instead drops the sample). */
  hit: boolean;
  /** What the click selected instead, for a closer look. */
  got: string;
}

export interface PageResult {
  visibleMs: number;
  readyMs: number;
  longestTaskMs: number;
  longTasks: number;
  heapMb: number;
  /** The page's own scripts requested before `ready`; the loading worker's, which run beside it, apart. */
  initialJs: {
    files: string[];
    gzipBytes: number;
    rawBytes: number;
    worker: { files: string[]; gzipBytes: number; rawBytes: number };
  };
  filter: Stats | null;
  frame: Stats | null;
  filterSource: ScrubResult['source'] | null;
  /** Cross-origin isolated: performance.now() at 5 µs instead of 100 µs. */
  isolated: boolean;
  /** Every step, for a closer look. */
  scrub: ScrubResult | null;
  /** Phases that failed (timeouts, page errors); their figures are missing. */
  problems: string[];
  selection: Stats | null;
  /** How many of the clicks opened a panel (the rest opened nothing within 20 s). */
  clicks: { clicked: number; opened: number } | null;
  /** On the expanded graph: the app's filter work, the common remove/restore way's, and their ratio. */
  naive?: {
    elements: { nodes: number; edges: number };
    app: Stats;
    filter: Stats;
    ratioP50: number;
    ratioP95: number;
  };
  elements: { nodes: number; edges: number };
  /** ms from navigation start at each of the app's `mg:load:*` marks (fetched, parsed, validated…). */
  phases: Record<string, number>;
}

export interface ScaleResult {
  name: ScaleName;
  label: string;
  compile?: CompileResult;
  page?: PageResult;
  error?: string;
}

export interface BenchResult {
  startedAt: string;
  durationS: number;
  machine: { cpus: number; loadBefore: number[]; loadAfter: number[]; node: string; browser: string };
  options: { scales: ScaleName[]; steps: number; selections: number; renderer: 'canvas' | 'webgl' };
  build?: { wallMs: number };
  scales: ScaleResult[];
}
