// Used by the page and the worker alike; no schema here, so zod stays out of the page's first download.
import { GraphLoadError } from './problems';

/** No answer, or no new bytes, for this long: the request is given up and the reader offered a retry. */
export const STALL_MS = 30_000;

/**
 * The bytes of a file, or the problem: the network failed, the server answered with an error, or it went silent
 * for `stallMs` (a large file that keeps arriving is never cut off, however long it takes).
 */
export async function fetchBytes(url: string, file: string, stallMs = STALL_MS): Promise<ArrayBuffer> {
  const abort = new AbortController();
  let timer = 0;
  let stalled = false;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      abort.abort();
    }, stallMs) as unknown as number;
  };
  const fail = (): never => {
    throw new GraphLoadError(
      stalled ? { kind: 'timeout', seconds: Math.round(stallMs / 1000) } : { kind: 'network' },
      file,
    );
  };
  arm();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: abort.signal, headers: { Accept: 'application/json' } });
    } catch {
      return fail();
    }
    if (!response.ok) throw new GraphLoadError({ kind: 'http', status: response.status }, file);
    if (!response.body) return await response.arrayBuffer();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      const reader = response.body.getReader();
      for (;;) {
        arm();
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        size += value.length;
      }
    } catch {
      return fail();
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes.buffer;
  } finally {
    clearTimeout(timer);
  }
}
