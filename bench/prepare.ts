// The work before the browser: synthetic sets (reused when their parameters and generator match), compiles
// (timed as whole processes), and one build of the app.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CompileResult, ScaleSpec } from './types';

export const WORK = path.resolve('.cache/bench-run');
const TSX = path.resolve('node_modules/.bin/tsx');
const VITE = path.resolve('node_modules/.bin/vite');
const TIME = '/usr/bin/time';

const running = new Set<number>();

/** Kills every process group still running (on a timeout, an error, or Ctrl-C). */
export function killAll(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

interface Run {
  code: number;
  out: string;
  err: string;
  ms: number;
}

/** Runs a command in its own process group, so a timeout kills tsx's node child too. */
export function run(cmd: string, args: string[], timeoutMs: number, what: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid!;
    running.add(pid);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => {
      killAll();
      reject(new Error(`${what}: no result after ${timeoutMs / 1000} s (killed)`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      running.delete(pid);
      reject(new Error(`${what}: could not start ${cmd}: ${e.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      running.delete(pid);
      resolve({ code: code ?? 1, out, err, ms: performance.now() - t0 });
    });
  });
}

function generatorDigest(): string {
  const hash = createHash('sha256');
  const dir = 'src/tools/synth';
  const files = ['scripts/synth.ts', ...readdirSync(dir).map((f) => path.join(dir, f))].sort();
  for (const f of files) if (!f.includes('.test.')) hash.update(f).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

/** The source directory of a scale: data/ for the seed, a synthetic set otherwise (generated when missing). */
export async function ensureSource(scale: ScaleSpec, log: (s: string) => void): Promise<string> {
  if (!scale.synth) return path.resolve('data');
  const { people, meetings, seed } = scale.synth;
  const dir = path.join(WORK, 'synth', `p${people}-m${meetings}-s${seed}`);
  const stampFile = `${dir}.stamp.json`;
  const stamp = JSON.stringify({ people, meetings, seed, generator: generatorDigest() });
  if (existsSync(dir) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    log(`${scale.label}: reusing ${path.relative('.', dir)}`);
    return dir;
  }
  rmSync(stampFile, { force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  log(`${scale.label}: generating ${people} people / ${meetings} meetings…`);
  const args = ['scripts/synth.ts', '--people', String(people), '--meetings', String(meetings)];
  const r = await run(TSX, [...args, '--seed', String(seed), '--out', dir], 600_000, `synth ${scale.label}`);
  if (r.code !== 0) throw new Error(`synth ${scale.label} failed (exit ${r.code}):\n${(r.err || r.out).trim()}`);
  writeFileSync(stampFile, stamp);
  return dir;
}

/** Compiles a source set to its own graph.json: wall time and peak RSS of the whole compiler process. */
export async function compileScale(scale: ScaleSpec, dataDir: string, timeoutMs: number): Promise<CompileResult> {
  const out = path.join(WORK, 'graphs', scale.name, 'graph.json');
  mkdirSync(path.dirname(out), { recursive: true });
  // The compiler skips unchanged files; always measure a full write.
  rmSync(out, { force: true });
  rmSync(path.join(path.dirname(out), 'evidence'), { recursive: true, force: true });
  const args = [TSX, 'scripts/compile.ts', '--data', dataDir, '--out', out];
  const timeFile = path.join(WORK, `time-${scale.name}.txt`);
  const useTime = existsSync(TIME);
  const r = useTime
    ? await run(TIME, ['-f', '%e %M', '-o', timeFile, ...args], timeoutMs, `compile ${scale.label}`)
    : await run(args[0], args.slice(1), timeoutMs, `compile ${scale.label}`);
  if (r.code !== 0) throw new Error(`compile ${scale.label} failed (exit ${r.code}):\n${(r.err || r.out).trim()}`);
  const summary = r.out.trim().split('\n').pop() ?? '';
  let peakMb: number | null = null;
  if (useTime) {
    const kb = Number(readFileSync(timeFile, 'utf8').trim().split(/\s+/).pop());
    if (Number.isFinite(kb)) peakMb = kb / 1024;
  }
  // Without GNU time, the compiler's own figure (its node process) is the best there is.
  peakMb ??= Number(/peak memory (\d+) MB/.exec(summary)?.[1] ?? NaN) || null;
  const evidence = path.join(path.dirname(out), 'evidence');
  const evidenceBytes = readdirSync(evidence).reduce((sum, f) => sum + statSync(path.join(evidence, f)).size, 0);
  return { wallMs: r.ms, peakMb, summary, graphBytes: statSync(out).size, evidenceBytes };
}

export function graphFileOf(scale: ScaleSpec): string {
  return path.join(WORK, 'graphs', scale.name, 'graph.json');
}

/** Builds the app once into a folder of this run's own (dist/ belongs to the end-to-end tests). */
export async function buildApp(timeoutMs: number): Promise<{ dir: string; wallMs: number }> {
  const dir = path.join(WORK, `dist-${process.pid}`);
  const r = await run(
    VITE,
    ['build', '--configLoader', 'runner', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'],
    timeoutMs,
    'build',
  );
  if (r.code !== 0) throw new Error(`vite build failed (exit ${r.code}):\n${(r.err || r.out).trim()}`);
  return { dir, wallMs: r.ms };
}
