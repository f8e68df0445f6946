// npm run bench -- [--scales seed,2k,20k] [--steps 200] [--selections 5] [--timeout 300] [--renderer webgl]
// Generates, compiles, builds, serves and measures each scale, then prints one table (also bench/results/).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { launch, measurePage } from './browser';
import { buildApp, compileScale, ensureSource, graphFileOf, killAll } from './prepare';
import { toMarkdown, toText } from './report';
import { serve, type StaticServer } from './server';
import { SCALES, type BenchResult, type ScaleName } from './types';

const RESULTS = path.resolve('bench/results');
const log = (line: string) => console.error(line);

function options() {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: 'seed,2k,20k' },
      steps: { type: 'string', default: '200' },
      selections: { type: 'string', default: '5' },
      timeout: { type: 'string', default: '300' },
      renderer: { type: 'string', default: 'canvas' },
    },
  });
  const names = values.scales.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !SCALES.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown scale "${unknown[0]}" (use ${SCALES.map((s) => s.name).join(', ')})`);
  const whole = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
    return n;
  };
  return {
    scales: SCALES.filter((s) => names.includes(s.name)),
    steps: whole('steps', values.steps, 2),
    selections: whole('selections', values.selections, 1),
    timeoutMs: whole('timeout', values.timeout, 10) * 1000,
    webgl: renderer(values.renderer),
  };
}

function renderer(v: string): boolean {
  if (v !== 'canvas' && v !== 'webgl') throw new Error('--renderer must be canvas or webgl');
  return v === 'webgl';
}

async function main(): Promise<number> {
  const o = options();
  const t0 = performance.now();
  const result: BenchResult = {
    startedAt: new Date().toISOString(),
    durationS: 0,
    machine: { cpus: os.cpus().length, loadBefore: os.loadavg(), loadAfter: [], node: process.version, browser: '' },
    options: {
      scales: o.scales.map((s) => s.name as ScaleName),
      steps: o.steps,
      selections: o.selections,
      renderer: o.webgl ? 'webgl' : 'canvas',
    },
    scales: o.scales.map((s) => ({ name: s.name, label: s.label })),
  };
  const byName = (name: ScaleName) => result.scales.find((r) => r.name === name)!;

  // Compile first, one scale at a time, so no compile competes with the browser for the two cores.
  for (const scale of o.scales) {
    const r = byName(scale.name);
    try {
      const dir = await ensureSource(scale, log);
      log(`${scale.label}: compiling…`);
      r.compile = await compileScale(scale, dir, o.timeoutMs);
      log(`  ${r.compile.summary}`);
    } catch (e) {
      r.error = (e as Error).message;
      log(`${scale.label}: ${r.error}`);
    }
  }

  log('building the app…');
  const build = await buildApp(o.timeoutMs);
  result.build = { wallMs: build.wallMs };

  let browser: Browser | null = null;
  let server: StaticServer | null = null;
  try {
    for (const scale of o.scales) {
      const r = byName(scale.name);
      if (!r.compile) continue;
      browser = await launch();
      result.machine.browser = `Chromium ${browser.version()}`;
      server = await serve(build.dir, graphFileOf(scale));
      log(`${scale.label}: measuring in the browser at ${server.url}`);
      try {
        r.page = await measurePage(browser, {
          url: server.url,
          distDir: build.dir,
          steps: o.steps,
          selections: o.selections,
          naive: scale.name === '2k',
          webgl: o.webgl,
          timeoutMs: o.timeoutMs,
          log,
        });
      } catch (e) {
        r.error = (e as Error).message;
        log(`${scale.label}: ${r.error}`);
      } finally {
        await server.close();
        server = null;
        await browser.close();
        browser = null;
      }
    }
  } finally {
    await server?.close();
    await browser?.close().catch(() => undefined);
    rmSync(build.dir, { recursive: true, force: true });
  }

  result.machine.loadAfter = os.loadavg();
  result.durationS = (performance.now() - t0) / 1000;
  mkdirSync(RESULTS, { recursive: true });
  const json = JSON.stringify(result, null, 2) + '\n';
  writeFileSync(path.join(RESULTS, `${result.startedAt.replace(/[:.]/g, '-')}.json`), json);
  writeFileSync(path.join(RESULTS, 'latest.json'), json);
  writeFileSync(path.join(RESULTS, 'latest.md'), toMarkdown(result));
  console.log(toText(result));
  log(`\nwritten to ${path.relative('.', RESULTS)}/latest.{json,md} in ${result.durationS.toFixed(0)} s`);
  return result.scales.some((r) => r.error || r.page?.problems.length) ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    killAll();
    console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
