// Writes the output only when its bytes change, atomically: readers never see a half-written graph.json.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** 'missing', 'same' or 'different': compares bytes, and reads the file only when the sizes agree. */
export function compareWithFile(file: string, bytes: Uint8Array): 'missing' | 'same' | 'different' {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return 'missing';
  }
  if (size !== bytes.length) return 'different';
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).equals(readFileSync(file)) ? 'same' : 'different';
}

export function writeIfChanged(file: string, content: string | Uint8Array): 'written' | 'unchanged' {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (compareWithFile(file, bytes) === 'same') return 'unchanged';
  const dir = path.dirname(path.resolve(file));
  mkdirSync(dir, { recursive: true });
  // Same directory as the target, so the rename stays on one file system and is atomic.
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
  return 'written';
}

/** The evidence files' folder, beside graph.json. */
export const evidenceDir = (graphFile: string) => path.join(path.dirname(graphFile), 'evidence');
const EVIDENCE_NAME = /^[0-9a-f]{16}\.json$/;

interface Output {
  json: string;
  evidence: readonly { hash: string; json: string }[];
}

/** What differs between the output and the files on disk, as "<file> is missing / out of date / left over". */
export function compareOutput(graphFile: string, out: Output): string[] {
  const dir = evidenceDir(graphFile);
  const wanted = new Set(out.evidence.map((e) => `${e.hash}.json`));
  const differ: string[] = [];
  const check = (file: string, json: string) => {
    const state = compareWithFile(file, Buffer.from(json));
    if (state !== 'same') differ.push(`${file} is ${state === 'missing' ? 'missing' : 'out of date'}`);
  };
  check(graphFile, out.json);
  for (const e of out.evidence) check(path.join(dir, `${e.hash}.json`), e.json);
  for (const name of existingEvidence(dir)) if (!wanted.has(name)) differ.push(`${path.join(dir, name)} is left over`);
  return differ;
}

function existingEvidence(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => EVIDENCE_NAME.test(n));
  } catch {
    return [];
  }
}

/**
 * Evidence files first, then graph.json (a reader never gets a graph naming a file not yet there), then the old
 * evidence files no graph names any more. Files that did not change are not touched.
 */
export function writeOutput(graphFile: string, out: Output): { written: number; removed: number } {
  const dir = evidenceDir(graphFile);
  let written = 0;
  for (const e of out.evidence)
    if (writeIfChanged(path.join(dir, `${e.hash}.json`), e.json) === 'written') written += 1;
  if (writeIfChanged(graphFile, out.json) === 'written') written += 1;
  const wanted = new Set(out.evidence.map((e) => `${e.hash}.json`));
  const stale = existingEvidence(dir).filter((n) => !wanted.has(n));
  for (const name of stale) rmSync(path.join(dir, name), { force: true });
  return { written, removed: stale.length };
}

/** How many meetings the graph.json on disk holds (0 when there is none, or it cannot be read). */
export function meetingsIn(graphFile: string): number {
  try {
    const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as { meetings?: unknown };
    return Array.isArray(graph.meetings) ? graph.meetings.length : 0;
  } catch {
    return 0;
  }
}

/** A failed write, said plainly: which file, why, and what to do. */
export function writeFailure(e: NodeJS.ErrnoException): string {
  const where = e.path ? ` ${e.path}` : '';
  switch (e.code) {
    case 'ENOSPC':
      return `could not write${where}: the disk is full; free some space and compile again`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `could not write${where}: not allowed (${e.code}); check the folder's permissions`;
    default:
      return `could not write${where} (${e.code ?? e.message})`;
  }
}
