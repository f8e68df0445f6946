// The loading worker: graph.json is parsed, validated and checked here, and evidence files fetched and validated,
// off the page's thread.
import { GraphLoadError } from './problems';
import { checkGraphFile, readEvidence } from './readFiles';
import type { WorkerReply, WorkerRequest } from './protocol';

const reply = (message: WorkerReply) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'graph') reply({ id: request.id, ok: true, value: await checkGraphFile(request.bytes) });
    else reply({ id: request.id, ok: true, value: await readEvidence(request.url, request.file) });
  } catch (e) {
    const problem =
      e instanceof GraphLoadError
        ? e.problem
        : { kind: 'internal' as const, message: e instanceof Error ? e.message : String(e) };
    reply({ id: request.id, ok: false, problem, file: e instanceof GraphLoadError ? e.file : request.file });
  }
};
