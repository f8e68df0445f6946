// npm run layout:report -- [--scales seed,mid]: how readable the first view is. Builds the app, serves each scale,
// opens it in Chromium at desktop 1400×900 and phone 390×844, and prints, for the first view: nodes, lines, line
// crossings, overlapping labels, overlapping nodes, nodes off-screen, and the smallest label in pixels. With
// --shots DIR it also saves each first view there (the README's pictures: --scales seed --shots docs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { launch } from './browser';
import { buildApp, compileScale, ensureSource, graphFileOf, killAll } from './prepare';
import { serve } from './server';
import { SCALES } from './types';

export interface LayoutFigures {
  nodes: number;
  lines: number;
  crossings: number;
  labelOverlaps: number;
  nodeOverlaps: number;
  nodesOnLines: number;
  offScreen: number;
  smallestLabelPx: number;
}

const MEASURE = path.resolve('bench/layout-page.js');

const VIEWS: { name: string; file: string; context: BrowserContextOptions }[] = [
  { name: 'desktop 1400×900', file: 'desktop', context: { viewport: { width: 1400, height: 900 } } },
  {
    name: 'phone 390×844',
    file: 'phone',
    context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
  },
];

async function figuresOf(
  browser: Browser,
  url: string,
  context: BrowserContextOptions,
  shot?: string,
): Promise<LayoutFigures> {
  const ctx = await browser.newContext({ ...context, reducedMotion: 'reduce' });
  try {
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __MG__?: { ready: boolean } }).__MG__?.ready === true,
      undefined,
      { timeout: 120_000 },
    );
    // Plain JavaScript read from a file: code compiled by tsx would carry helpers the page does not have.
    const figures = (await page.evaluate(readFileSync(MEASURE, 'utf8'))) as LayoutFigures;
    if (shot) {
      // The panel, lists and search load after the graph is drawn; the picture shows them.
      await page.locator('.search__input').waitFor();
      await page.locator('.panel').first().waitFor({ state: 'attached' });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: shot, scale: 'css' });
    }
    return figures;
  } finally {
    await ctx.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { scales: { type: 'string', default: 'seed,mid' }, shots: { type: 'string' } },
  });
  const names = values.scales!.split(',');
  const scales = SCALES.filter((s) => names.includes(s.name));
  const log = (s: string) => console.error(s);
  const app = await buildApp(300_000);
  const browser = await launch();
  const rows: string[] = [];
  try {
    for (const scale of scales) {
      const data = await ensureSource(scale, log);
      await compileScale(scale, data, 600_000);
      const server = await serve(app.dir, graphFileOf(scale));
      try {
        for (const view of VIEWS) {
          const shot = values.shots && path.join(values.shots, `first-view-${scale.name}-${view.file}.png`);
          const f = await figuresOf(browser, server.url, view.context, shot);
          rows.push(
            `| ${scale.label} | ${view.name} | ${f.nodes} | ${f.lines} | ${f.crossings} | ${f.labelOverlaps} | ${f.nodeOverlaps} | ${f.nodesOnLines} | ${f.offScreen} | ${f.smallestLabelPx} |`,
          );
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
    killAll();
  }
  console.log(
    '| data | view | nodes | lines | crossings | overlapping labels | overlapping nodes | dots on others’ lines | off-screen | smallest label (px) |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(r);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
