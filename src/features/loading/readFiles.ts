// Parse, validate and check a data file: runs in the loading worker (graph.worker.ts), so zod and the work on a
// large file stay off the page's thread.
import { checkGraph as check } from '../../core/schema/check';
import { jsonPath } from '../../core/schema/path';
import { EvidenceFile, SCHEMA_VERSION, type Evidence } from '../../core/schema/graph';
import { fetchBytes } from './fetchBytes';
import { GraphLoadError, SHOWN_PROBLEMS } from './problems';

/** An evidence file's records by meeting or agreement id: a Map, so that an id such as `constructor` is just an id. */
export type EvidenceRecords = ReadonlyMap<string, Evidence>;

/** The worker's phases, as times on the page's clock (`performance.timeOrigin` + now). */
export type Timings = Record<'parsed' | 'validated' | 'checked', number>;
const now = () => performance.timeOrigin + performance.now();

function parse(bytes: ArrayBuffer, file: string): unknown {
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    // A dev server or proxy answering with its index page is the usual cause; a cut-off download the other.
    throw new GraphLoadError({ kind: 'not-json', html: /^\s*</.test(text) }, file);
  }
}

function newerCheck(raw: unknown, file: string): void {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    throw new GraphLoadError({ kind: 'newer', version }, file);
}

const listed = (lines: string[]) => ({
  problems: lines.slice(0, SHOWN_PROBLEMS),
  more: Math.max(0, lines.length - SHOWN_PROBLEMS),
});

/** graph.json's bytes checked through and through: the verdict, and how long each phase took. */
export function checkGraphFile(bytes: ArrayBuffer): Timings {
  return checkGraph(parse(bytes, 'graph.json'));
}

/** The checks on an already parsed graph.json, separate from parsing so they can be tested alone. */
export function checkGraph(raw: unknown): Timings {
  const parsed = now();
  newerCheck(raw, 'graph.json');
  let validated = 0;
  const result = check(raw, () => (validated = now()));
  if (!result.ok) throw new GraphLoadError({ kind: result.kind, ...listed(result.problems) });
  const { graph } = result;
  if (graph.meetings.length === 0 && graph.agreements.length === 0) throw new GraphLoadError({ kind: 'empty' });
  return { parsed, validated, checked: now() };
}

/** An evidence file's records, checked against the schema. */
export async function readEvidence(url: string, file: string): Promise<EvidenceRecords> {
  const raw = parse(await fetchBytes(url, file), file);
  newerCheck(raw, file);
  const result = EvidenceFile.safeParse(raw);
  if (!result.success)
    throw new GraphLoadError(
      { kind: 'schema', ...listed(result.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`)) },
      file,
    );
  return new Map(Object.entries(result.data.records));
}
