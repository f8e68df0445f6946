// The one table: figures per scale beside the budgets, as text for the terminal and markdown for the docs.
import type { BenchResult, ScaleName, ScaleResult } from './types';

type Budgets = Partial<Record<ScaleName, number>>;

interface Row {
  figure: string;
  value: (s: ScaleResult) => number | null | undefined;
  format: (v: number) => string;
  /** Upper bounds (exclusive) per scale. */
  budget?: Budgets;
  /** Lower bounds (inclusive) per scale, for a figure where more is better. */
  floor?: Budgets;
}

const ms = (v: number) => (v < 1 ? `${v.toFixed(3)} ms` : v < 10 ? `${v.toFixed(2)} ms` : `${Math.round(v)} ms`);
const s = (v: number) => `${(v / 1000).toFixed(2)} s`;
const mb = (v: number) => `${Math.round(v)} MB`;
const size = (v: number) => (v < 10 ? `${v.toFixed(2)} MB` : `${Math.round(v)} MB`);
const kb = (v: number) => `${(v / 1000).toFixed(1)} KB`;
const x = (v: number) => `${v.toFixed(1)}×`;
const count = (v: number) => v.toLocaleString('en-US');

const ROWS: Row[] = [
  { figure: 'compile time', value: (r) => r.compile?.wallMs, format: s, budget: { seed: 2e3, '2k': 1e4, '20k': 6e4 } },
  { figure: 'compile peak memory', value: (r) => r.compile?.peakMb, format: mb },
  {
    figure: 'graph.json size',
    value: (r) => (r.compile ? r.compile.graphBytes / 1e6 : null),
    format: size,
    budget: { '20k': 25 },
  },
  { figure: 'evidence files, all', value: (r) => (r.compile ? r.compile.evidenceBytes / 1e6 : null), format: size },
  {
    figure: 'graph visible',
    value: (r) => r.page?.visibleMs,
    format: s,
    budget: { seed: 1000, '2k': 1500, '20k': 3500 },
  },
  { figure: 'longest task during load', value: (r) => r.page?.longestTaskMs, format: ms, budget: { '20k': 200 } },
  { figure: 'filter work / step p50', value: (r) => r.page?.filter?.p50, format: ms },
  {
    figure: 'filter work / step p95',
    value: (r) => r.page?.filter?.p95,
    format: ms,
    budget: { seed: 0.1, '2k': 1, '20k': 8 },
  },
  { figure: 'frame while scrubbing p50', value: (r) => r.page?.frame?.p50, format: ms },
  {
    figure: 'frame while scrubbing p95',
    value: (r) => r.page?.frame?.p95,
    format: ms,
    budget: { seed: 33, '2k': 50, '20k': 100 },
  },
  {
    figure: 'selection → panel p50',
    value: (r) => r.page?.selection?.p50,
    format: ms,
    budget: { seed: 100, '2k': 100, '20k': 200 },
  },
  { figure: 'selection → panel max', value: (r) => r.page?.selection?.max, format: ms },
  {
    figure: 'clicks without a panel',
    value: (r) => (r.page?.clicks ? r.page.clicks.clicked - r.page.clicks.opened : null),
    format: count,
    budget: { seed: 1, '2k': 1, '20k': 1 },
  },
  { figure: 'JS heap after load (after GC)', value: (r) => r.page?.heapMb, format: mb, budget: { '20k': 150 } },
  {
    figure: 'initial JS, page (gzip -9)',
    value: (r) => r.page?.initialJs.gzipBytes,
    format: kb,
    budget: { seed: 225e3, '2k': 225e3, '20k': 225e3 },
  },
  { figure: 'initial JS, loading worker', value: (r) => r.page?.initialJs.worker.gzipBytes, format: kb },
  { figure: 'expanded graph: edges drawn', value: (r) => r.page?.naive?.elements.edges, format: count },
  { figure: 'expanded: app filter work p50', value: (r) => r.page?.naive?.app.p50, format: ms },
  { figure: 'expanded: app filter work p95', value: (r) => r.page?.naive?.app.p95, format: ms },
  { figure: 'naive remove/restore p50', value: (r) => r.page?.naive?.filter.p50, format: ms },
  { figure: 'naive remove/restore p95', value: (r) => r.page?.naive?.filter.p95, format: ms },
  { figure: 'naive ÷ app, p50', value: (r) => r.page?.naive?.ratioP50, format: x, floor: { '2k': 50 } },
  { figure: 'naive ÷ app, p95', value: (r) => r.page?.naive?.ratioP95, format: x },
];

function cell(row: Row, r: ScaleResult): string {
  const v = row.value(r);
  if (v === undefined || v === null || !Number.isFinite(v)) return r.error ? 'error' : '–';
  const limit = row.budget?.[r.name];
  const floor = row.floor?.[r.name];
  if (floor !== undefined) return `${row.format(v)} ${v >= floor ? '✓' : '✗'} (≥ ${row.format(floor)})`;
  if (limit === undefined) return row.format(v);
  return `${row.format(v)} ${v < limit ? '✓' : '✗'} (< ${row.format(limit)})`;
}

function grid(result: BenchResult): string[][] {
  const head = ['figure', ...result.scales.map((r) => r.label)];
  const rows = ROWS.filter((row) => result.scales.some((r) => row.value(r) != null)).map((row) => [
    row.figure,
    ...result.scales.map((r) => cell(row, r)),
  ]);
  return [head, ...rows];
}

function notes(result: BenchResult): string[] {
  const m = result.machine;
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
  const sources = [...new Set(result.scales.map((r) => r.page?.filterSource).filter(Boolean))].join(', ');
  const out = [
    `${result.startedAt}, ${m.cpus} CPUs, load average ${load(m.loadBefore)} before / ${load(m.loadAfter)} after; ` +
      `node ${m.node}, ${m.browser}; ${result.options.steps} slider steps, ${result.options.selections} clicks; Cytoscape's ${result.options.renderer} renderer.`,
    'Headless Chromium draws in software here, so frame times (and the load and selection times, which include ' +
      'drawing) are slower than on a laptop with a GPU.',
    `Filter work = the app's own graph update per 1 % step of the range (source: ${sources || 'n/a'}); the naive ` +
      'rows open every organisation first (the expanded graph), time the app again there, then recompute every ' +
      'visible edge and remove() / restore() the difference over the same ranges.',
  ];
  for (const r of result.scales) {
    const scrub = r.page?.scrub;
    if (scrub?.partial)
      out.push(`${r.label}: the slider phase timed out; figures from its first ${scrub.steps.length} steps.`);
    for (const p of r.page?.problems ?? []) out.push(`${r.label}: ${p}`);
    if (r.error) out.push(`${r.label}: ${r.error}`);
  }
  return out;
}

export function toText(result: BenchResult): string {
  const g = grid(result);
  const widths = g[0].map((_, i) => Math.max(...g.map((row) => [...row[i]].length)));
  const line = (row: string[]) => row.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ');
  return [line(g[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...g.slice(1).map(line), '', ...notes(result)].join(
    '\n',
  );
}

export function toMarkdown(result: BenchResult): string {
  const g = grid(result);
  const row = (r: string[]) => `| ${r.join(' | ')} |`;
  return [
    row(g[0]),
    row(g[0].map((_, i) => (i === 0 ? '---' : '---:'))),
    ...g.slice(1).map(row),
    '',
    ...notes(result).map((n) => `${n}  `),
    '',
  ].join('\n');
}
