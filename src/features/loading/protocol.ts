// Messages between the page and the loading worker: plain data. graph.json's bytes go to the worker (transferred,
// not copied); only the verdict comes back, so nothing large is copied on the page's thread.
import type { LoadProblem } from './problems';
import type { EvidenceRecords, Timings } from './readFiles';

/** What the page asks: check graph.json's bytes, or fetch and check an evidence file. */
export type Request =
  { type: 'graph'; bytes: ArrayBuffer; file: string } | { type: 'evidence'; url: string; file: string };

export type WorkerRequest = Request & { id: number };

export type WorkerReply =
  | { id: number; ok: true; value: Timings | EvidenceRecords }
  | { id: number; ok: false; problem: LoadProblem; file: string };
