// One fuzz case: write the mutated data set to a temp dir, compile it and judge the outcome.
// A case ends well in exactly two ways: a graph that passes the app's schema, or problems that point at real places.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { compile } from '../../tools/compiler';
import { checkGraph } from '../../core/schema/check';
import { byteMutations } from './byte-mutators';
import { docMutations, type Mutation } from './doc-mutators';
import { cloneTree, writeTree, type Files } from './tree';

export type { Mutation } from './doc-mutators';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DATA_DIR = path.join(ROOT, 'data');

/** One to three mutations, doc-level and byte-level mixed. */
export const mutationsArb: fc.Arbitrary<Mutation[]> = fc.array(fc.oneof(...docMutations, ...byteMutations), {
  minLength: 1,
  maxLength: 3,
});

export function mutate(files: Files, mutations: Mutation[]): Files {
  const out = cloneTree(files);
  for (const m of mutations) m.apply(out);
  return out;
}

export type Outcome = { kind: 'valid' } | { kind: 'problems'; count: number } | { kind: 'crash'; detail: string };

function lineCount(file: string): number {
  const text = readFileSync(file);
  return text.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
}

/** Why a finished compile breaks its contract, or null when it keeps it. */
function judge(result: Awaited<ReturnType<typeof compile>>): string | null {
  if (result.problems.length === 0) {
    if (!result.graph || result.json === null) return 'no problems but no graph';
    const checked = checkGraph(JSON.parse(result.json));
    if (!checked.ok) return `graph fails the schema: ${checked.problems[0]}`;
    return null;
  }
  if (result.graph !== null || result.json !== null) return 'problems reported but a graph was emitted too';
  for (const p of result.problems) {
    const where = `${p.file}:${p.line}:${p.column}: ${p.message}`;
    if (typeof p.message !== 'string' || p.message.trim() === '') return `problem without a message: ${where}`;
    const abs = path.resolve(p.file);
    // A missing data file is named at the path it should have.
    if (!existsSync(abs) && !/^[\w.]+\/? is missing: /.test(p.message))
      return `problem in a file that does not exist: ${where}`;
    if (!Number.isInteger(p.line) || p.line < 1) return `problem with a bad line: ${where}`;
    if (!Number.isInteger(p.column) || p.column < 1) return `problem with a bad column: ${where}`;
    if (existsSync(abs) && statSync(abs).isFile() && p.line > lineCount(abs))
      return `problem past the end of the file: ${where}`;
  }
  return null;
}

/** Compiles `files` (layout off, for speed) from a fresh temp dir; never throws. */
export async function runCase(files: Files): Promise<Outcome> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-fuzz-'));
  try {
    writeTree(dir, files);
    const result = await compile({ dataDir: dir, layout: false });
    const bad = judge(result);
    if (bad) return { kind: 'crash', detail: bad };
    return result.problems.length ? { kind: 'problems', count: result.problems.length } : { kind: 'valid' };
  } catch (e) {
    return { kind: 'crash', detail: `uncaught: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the real CLI (through tsx) on `files` with an existing good output. A failing run (exit 1, or 2 for a
 * compiler bug) must leave the output byte-identical and no temp file beside it.
 */
export function cliKeepsOutput(
  files: Files,
  good: string,
): { exit: number | null; lost: string | null; crashed: string | null } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-fuzz-cli-'));
  const out = path.join(dir, 'out', 'graph.json');
  try {
    writeTree(path.join(dir, 'data'), files);
    writeTree(path.join(dir, 'out'), new Map([['graph.json', new TextEncoder().encode(good)]]));
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/compile.ts', '--data', path.join(dir, 'data'), '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const crashed = r.status === 0 || r.status === 1 ? null : `CLI exit ${r.status}: ${r.stderr.slice(-300)}`;
    const left = readdirSync(path.dirname(out));
    const now = existsSync(out) ? readFileSync(out, 'utf8') : null;
    let lost: string | null = null;
    const beside = left.filter((n) => n !== 'graph.json' && n !== 'evidence');
    if (beside.length > 0 || !left.includes('graph.json')) lost = `files beside the output: ${left.join(', ')}`;
    else if (r.status !== 0 && now !== good) lost = 'a failing run changed the output';
    else if (r.status === 0 && !checkGraph(JSON.parse(now!)).ok) lost = 'wrote a graph that fails the schema';
    return { exit: r.status, lost, crashed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The good graph.json of the shipped data, as the CLI would write it (with layout). */
export async function goodOutput(): Promise<string> {
  const r = await compile({ dataDir: DATA_DIR });
  if (!r.json) throw new Error(`data/ does not compile: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.json;
}
