// Messages between the page and the loading worker: plain data. graph.json's bytes go to the worker (transferred,
// not copied); only the verdict comes back, so nothing large is copied on the page's thread.
import type { LoadProblem } from './problems';
import type { EvidenceRecords, Timings } from './readFiles';

export type WorkerRequest =
  | { id: number; type: 'graph'; bytes: ArrayBuffer; file: string }
  | { id: number; type: 'evidence'; url: string; file: string };

export type WorkerReply =
  | { id: number; ok: true; value: Timings | EvidenceRecords }
  | { id: number; ok: false; problem: LoadProblem; file: string };
