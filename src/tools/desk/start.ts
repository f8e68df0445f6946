// `npm run desk`: compile the data folder for the map, build the desk's page (and the map, if it was never built),
// then serve both on 127.0.0.1.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { compile, formatProblem, previousDrawing, writeOutput } from '../compiler/index';
import { startDesk, type RunningDesk } from './server';

export const DESK_CACHE = path.resolve('node_modules/.cache/meeting-graph/desk');
export const DESK_PAGE_DIR = path.join(DESK_CACHE, 'page');

/** Where the map's graph.json goes: public/data for the project's own data/ (as --apply does), else a cache. */
export function outDirFor(dataDir: string): string {
  if (path.resolve(dataDir) === path.resolve('data')) return path.resolve('public/data');
  const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
  return path.join(DESK_CACHE, 'maps', key, 'data');
}

export async function buildDeskPage(): Promise<void> {
  await build({
    configFile: path.resolve('src/desk/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: DESK_PAGE_DIR },
  });
}

/** Compiles the data folder for the map, then serves the built desk page and map (tests call this directly). */
export async function serveDesk(options: { dataDir: string; port?: number; outDir?: string }): Promise<RunningDesk> {
  const outDir = options.outDir ?? outDirFor(options.dataDir);
  const previous = previousDrawing(path.join(outDir, 'graph.json'));
  const compiled = await compile({ dataDir: options.dataDir, previous });
  if (compiled.problems.length > 0 || compiled.json === null)
    throw new Error(
      `the data does not compile; fix it first (npm run compile says the same):\n${compiled.problems.map(formatProblem).join('\n')}`,
    );
  writeOutput(path.join(outDir, 'graph.json'), { json: compiled.json, evidence: compiled.evidence });
  return startDesk({
    dataDir: options.dataDir,
    outDir,
    pageDir: DESK_PAGE_DIR,
    appDir: path.resolve('dist'),
    port: options.port,
  });
}

/** `npm run desk`: the desk's page built afresh (and the map, if it was never built), then served. */
export async function runDesk(options: { dataDir: string; port: number }): Promise<RunningDesk> {
  if (!existsSync(path.resolve('dist/index.html')))
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn' });
  await buildDeskPage();
  return serveDesk(options);
}
