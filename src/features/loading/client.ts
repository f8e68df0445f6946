// The page's side of the loading worker: one worker for the page's life, a promise per request. Where a worker
// cannot start, the same code runs on the page (loaded on demand, so zod still stays out of the first download).
import { GraphLoadError } from './problems';
import type { Request, WorkerReply, WorkerRequest } from './protocol';
import type { EvidenceRecords, Timings } from './readFiles';

type Pending = { resolve: (value: Timings | EvidenceRecords) => void; reject: (e: Error) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./graph.worker.ts', import.meta.url), { type: 'module', name: 'data' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const r = event.data;
    const p = pending.get(r.id);
    pending.delete(r.id);
    if (!p) return;
    if (r.ok) p.resolve(r.value);
    else p.reject(new GraphLoadError(r.problem, r.file));
  };
  // A worker that fails to load or crashes fails what it was asked, and the next request runs on the page.
  worker.onerror = (event) => {
    event.preventDefault();
    for (const p of pending.values()) p.reject(new GraphLoadError({ kind: 'internal', message: event.message }));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

async function onPage(request: Request): Promise<Timings | EvidenceRecords> {
  const files = await import('./readFiles');
  return request.type === 'graph' ? files.checkGraphFile(request.bytes) : files.readEvidence(request.url, request.file);
}

/** Starts the worker, so it is ready by the time a download ends. */
export function warmUp(): void {
  startWorker();
}

export function ask(request: Request): Promise<Timings | EvidenceRecords> {
  const w = startWorker();
  if (!w) return onPage(request);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const message: WorkerRequest = { ...request, id };
    w.postMessage(message, request.type === 'graph' ? [request.bytes] : []);
  });
}
