// Every way a data file can be wrong, as one specific, displayable problem: plain data, so it crosses from the
// loading worker to the page unchanged.
export type LoadProblem =
  | { kind: 'network' }
  /** The server went silent: no answer, or no new bytes, for this many seconds. */
  | { kind: 'timeout'; seconds: number }
  | { kind: 'http'; status: number }
  | { kind: 'not-json'; html: boolean }
  | { kind: 'schema'; problems: string[]; more: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown-refs'; problems: string[]; more: number }
  | { kind: 'empty' }
  /** An evidence file that does not hold the record graph.json says it does. */
  | { kind: 'missing-record'; id: string }
  /** A fault of the app itself, with its message. */
  | { kind: 'internal'; message: string };

export class GraphLoadError extends Error {
  constructor(
    readonly problem: LoadProblem,
    readonly file = 'graph.json',
  ) {
    super(`${file}: ${problem.kind}`);
    this.name = 'GraphLoadError';
  }
}

export const SHOWN_PROBLEMS = 5;

export function graphUrl(): string {
  return `${import.meta.env.BASE_URL}data/graph.json`;
}

export const evidenceFile = (hash: string) => `evidence/${hash}.json`;

export function evidenceUrl(hash: string): string {
  return `${import.meta.env.BASE_URL}data/${evidenceFile(hash)}`;
}
