// Writes graph.json and its evidence files only when their bytes change, atomically: readers never see a half-written
// graph.json.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { compareWithFile, writeIfChanged } from '../common/files';

export { writeFailure } from '../common/files';

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
    // In columns (core/schema/columns), or as records in a file of an earlier version.
    const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as { meetings?: unknown[] | { id?: unknown[] } };
    const meetings = graph.meetings;
    return Array.isArray(meetings) ? meetings.length : Array.isArray(meetings?.id) ? meetings.id.length : 0;
  } catch {
    return 0;
  }
}
