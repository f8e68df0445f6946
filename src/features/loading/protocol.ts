// Messages between the page and the loading worker: plain data, copied by structured clone.
import type { Edge, Graph } from '../../core/schema';
import type { LoadProblem } from './problems';
import type { EvidenceRecords, Timings } from './readFiles';

export type WorkerRequest =
  | { id: number; type: 'graph'; url: string; file: string }
  | { id: number; type: 'evidence'; url: string; file: string };

export type LoadedFile = { graph: Graph; edges: Edge[]; timings: Timings };

export type WorkerReply =
  | { id: number; ok: true; value: LoadedFile | EvidenceRecords }
  | { id: number; ok: false; problem: LoadProblem; file: string };
