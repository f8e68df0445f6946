// Drives headless Chromium over one served scale and reads the figures the in-page script recorded.
import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import type { PageResult, ScrubResult, SelectionSample, Stats } from './types';

const SCRIPT = path.resolve('bench/page-script.js');

export interface PageOptions {
  url: string;
  distDir: string;
  steps: number;
  selections: number;
  naive: boolean;
  /** Cytoscape's WebGL renderer instead of its canvas one. */
  webgl: boolean;
  /** Per phase (load, selection, scrub, naive), in ms. */
  timeoutMs: number;
  log: (s: string) => void;
}

// What bench/page-script.js puts on window; only read through page.evaluate.
interface BenchWindow {
  __bench: {
    readyAt: number | null;
    visibleAt: number | null;
    longTasks: { start: number; ms: number }[] | null;
    pending: Promise<SelectionSample> | null;
    scrubbed: ScrubResult | null;
    scrub(steps: number): Promise<ScrubResult>;
    selectionTargets(count: number): string[];
    pointOf(id: string): { x: number; y: number } | null;
    armSelection(id: string): boolean;
    naive(ranges: [number, number][], url: string): Promise<Stats>;
  };
  __MG__?: {
    cy: { nodes(): { length: number }; edges(): { length: number } };
    drawn: { projection(): { collapsed: { size: number } } };
  };
}

export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN);
  return { n: s.length, p50: at(50), p95: at(95), max: s.length ? s[s.length - 1] : NaN };
}

export async function withTimeout<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, headless: true });
}

type JsFiles = PageResult['initialJs']['worker'];

function gzipOf(paths: string[], distDir: string): JsFiles {
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const u of paths) {
    const buf = readFileSync(path.join(distDir, decodeURIComponent(u)));
    rawBytes += buf.length;
    gzipBytes += gzipSync(buf, { level: 9 }).length;
  }
  return { files: paths, gzipBytes, rawBytes };
}

const isJs = (pathname: string) => /\.m?js$/.test(pathname);

/**
 * Gzip (level 9) size of the JavaScript files the page requested before the graph was ready, and apart, the
 * loading worker's: its script and what it imported (read from its own timeline), which the page does not run.
 */
export async function initialJs(page: Page, distDir: string): Promise<PageResult['initialJs']> {
  const requested = await page.evaluate(() => {
    const readyAt = (window as unknown as BenchWindow).__bench.readyAt ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime < readyAt)
      .map((e) => new URL(e.name).pathname);
  });
  const workerFiles = new Set<string>();
  for (const w of page.workers()) {
    workerFiles.add(new URL(w.url()).pathname);
    const own = await w.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    for (const p of own) if (isJs(p)) workerFiles.add(p);
  }
  const pageFiles = [...new Set(requested)].filter((p) => isJs(p) && !workerFiles.has(p));
  return { ...gzipOf(pageFiles, distDir), worker: gzipOf([...workerFiles], distDir) };
}

async function measureSelection(page: Page, count: number, timeoutMs: number, log: PageOptions['log']) {
  const targets = await page.evaluate((n) => (window as unknown as BenchWindow).__bench.selectionTargets(n), count);
  if (targets.length === 0) {
    log('  selection: no clickable edge found in view; skipped');
    return null;
  }
  const samples: SelectionSample[] = [];
  for (const id of targets) {
    // Its point is taken just before the click: the view may have moved since the targets were chosen.
    const at = await page.evaluate((e) => (window as unknown as BenchWindow).__bench.pointOf(e), id);
    if (!at) continue;
    await page.evaluate((e) => (window as unknown as BenchWindow).__bench.armSelection(e), id);
    await page.mouse.click(at.x, at.y);
    samples.push(await page.evaluate(() => (window as unknown as BenchWindow).__bench.pending!));
    // A DOM click: Playwright's own waits for a stable element can outlast a busy main thread.
    const close = () => document.querySelector<HTMLElement>('aside[aria-label="Details"] .panel__bar button')?.click();
    await page.evaluate(close);
    await page.getByRole('complementary', { name: 'Details' }).waitFor({ state: 'detached', timeout: timeoutMs });
  }
  const hits = samples.filter((x) => x.hit);
  const missed = samples.filter((x) => !x.hit);
  if (missed.length) log(`  selection: ${missed.length} click(s) hit no edge: ${missed.map((m) => m.got).join(', ')}`);
  // Every click's outcome: a panel within the time, or what happened instead.
  const clicks = { clicked: samples.length, opened: samples.filter((x) => Number.isFinite(x.ms)).length };
  return { stats: hits.length ? stats(hits.map((s) => s.ms)) : null, clicks };
}

/** The slider steps; on a timeout, the steps taken so far (if enough to say something), else the error. */
async function scrubSteps(page: Page, o: PageOptions): Promise<ScrubResult> {
  try {
    return await withTimeout(
      'scrub',
      o.timeoutMs - 10_000,
      page.evaluate((n) => (window as unknown as BenchWindow).__bench.scrub(n), o.steps),
    );
  } catch (e) {
    const read = page.evaluate(() => (window as unknown as BenchWindow).__bench.scrubbed);
    const partial = await withTimeout('scrub', 5_000, read).catch(() => null);
    if (!partial || partial.steps.length < 10) throw e;
    o.log(`  scrub: ${(e as Error).message}; reporting the ${partial.steps.length} steps taken`);
    const marked = partial.steps.every((x) => x.marked);
    return { ...partial, source: marked ? 'mg:filter measures' : 'rAF callbacks', partial: true };
  }
}

/**
 * Last, as it changes the view: every organisation opened (the expanded graph, every person), the app's own
 * slider steps again, then the common remove()/restore() way over the same ranges on the same drawn edges.
 */
async function compareNaive(page: Page, o: PageOptions): Promise<NonNullable<PageResult['naive']>> {
  const box = page.getByRole('checkbox', { name: 'One node per organisation' });
  if (await box.isChecked()) await box.uncheck();
  await page.waitForFunction(() => {
    const mg = (window as unknown as BenchWindow).__MG__;
    return !!mg && mg.drawn.projection().collapsed.size === 0;
  });
  const elements = await page.evaluate(() => {
    const cy = (window as unknown as BenchWindow).__MG__!.cy;
    return { nodes: cy.nodes().length, edges: cy.edges().length };
  });
  const scrub = await scrubSteps(page, o);
  const app = stats(scrub.steps.map((s) => s.filterMs));
  const ranges = scrub.steps.map((s) => [s.from, s.to] as [number, number]);
  const graphUrl = new URL('data/graph.json', o.url).href;
  // It removes and restores edges, which the app does not expect: nothing is measured after it.
  const n = await page.evaluate(([r, u]) => (window as unknown as BenchWindow).__bench.naive(r, u), [
    ranges,
    graphUrl,
  ] as const);
  const out = { elements, app, filter: n, ratioP50: n.p50 / app.p50, ratioP95: n.p95 / app.p95 };
  o.log(
    `  expanded (${elements.nodes} nodes, ${elements.edges} edges): app p95 ${app.p95.toFixed(2)} ms, ` +
      `naive remove/restore p95 ${n.p95.toFixed(2)} ms (${out.ratioP95.toFixed(1)}×)`,
  );
  return out;
}

/** Loads the app once and takes every in-browser figure, in an order where no phase disturbs the next. */
export async function measurePage(browser: Browser, o: PageOptions): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 }, locale: 'en-US' });
  try {
    await context.addInitScript({ path: SCRIPT });
    // The app's setting for Cytoscape's WebGL renderer (see GraphCanvas).
    if (o.webgl) await context.addInitScript(() => localStorage.setItem('meeting-graph:renderer', 'webgl'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    await withTimeout('load', o.timeoutMs, page.goto(o.url, { waitUntil: 'commit' }));
    const load = page.waitForFunction(() => (window as unknown as BenchWindow).__bench.visibleAt !== null, null, {
      timeout: o.timeoutMs,
      polling: 100,
    });
    await load.catch(async (e: Error) => {
      const drawn = await withTimeout(
        'progress',
        5000,
        page.evaluate(() => (window as unknown as BenchWindow).__MG__?.cy.edges().length ?? 0),
      );
      const why = errors[0] ?? `${drawn.toString()} edges added by then; ${e.message.split('\n')[0]}`;
      throw new Error(`graph not visible within ${o.timeoutMs / 1000} s: ${why}`);
    });
    const loadFigures = await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__bench;
      const cy = (window as unknown as BenchWindow).__MG__!.cy;
      const tasks = (b.longTasks ?? []).filter((t) => t.start < b.visibleAt!);
      return {
        readyMs: b.readyAt!,
        visibleMs: b.visibleAt!,
        longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)),
        longTasks: tasks.length,
        isolated: window.crossOriginIsolated,
        elements: { nodes: cy.nodes().length, edges: cy.edges().length },
        // The app's own marks: where the time before the first frame goes.
        phases: Object.fromEntries(
          performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('mg:load:') || m.name === 'mg:ready')
            .map((m) => [m.name.replace(/^mg:(load:)?/, ''), Math.round(m.startTime)]),
        ) as Record<string, number>,
      };
    });
    const phases = Object.entries(loadFigures.phases)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    o.log(
      `  visible at ${loadFigures.visibleMs.toFixed(0)} ms (${phases}; ${loadFigures.elements.nodes} nodes, ${loadFigures.elements.edges} edges drawn)`,
    );
    const js = await initialJs(page, o.distDir);

    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;

    // From here on a failed phase costs its own figures only, not the whole scale.
    const problems: string[] = [];
    const attempt = async <T>(what: string, work: () => Promise<T>): Promise<T | null> => {
      try {
        return await withTimeout(what, o.timeoutMs, work());
      } catch (e) {
        problems.push(`${what}: ${(e as Error).message.split('\n')[0]}`);
        o.log(`  ${problems[problems.length - 1]}`);
        return null;
      }
    };

    const clicked = await attempt('selection', () => measureSelection(page, o.selections, o.timeoutMs, o.log));
    const selection = clicked?.stats ?? null;
    if (selection) o.log(`  selection: ${selection.p50.toFixed(0)} ms p50`);
    if (clicked) o.log(`  clicks that opened a panel: ${clicked.clicks.opened} of ${clicked.clicks.clicked}`);

    const scrub = await attempt('scrub', () => scrubSteps(page, o));
    const filter = scrub && stats(scrub.steps.map((s) => s.filterMs));
    const frame = scrub && stats(scrub.steps.map((s) => s.frameMs));
    if (filter && frame)
      o.log(`  filter p95 ${filter.p95.toFixed(3)} ms (${scrub.source}), frame p95 ${frame.p95.toFixed(0)} ms`);

    const naive = o.naive ? await attempt('naive filter', () => compareNaive(page, o)) : undefined;
    if (errors.length) problems.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    return {
      ...loadFigures,
      heapMb: heap / 2 ** 20,
      initialJs: js,
      filter,
      frame,
      filterSource: scrub?.source ?? null,
      scrub,
      selection,
      clicks: clicked?.clicks ?? null,
      naive: naive ?? undefined,
      problems,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}
