import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBytes } from './fetchBytes';
import { GraphLoadError } from './problems';

afterEach(() => vi.unstubAllGlobals());

/** A fetch whose response headers never come, until the request is aborted. */
const silent = (_url: string, init: RequestInit) =>
  new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(new Error('aborted'))));

/** A response that sends `chunks`, one every `everyMs`, then stops (stays open) when `stall` is set. */
function trickle(chunks: number, everyMs: number, stall: boolean) {
  return (_url: string, init: RequestInit) => {
    let n = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (n === chunks) {
          if (!stall) return controller.close();
          await new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new Error('aborted'))));
        }
        await new Promise((r) => setTimeout(r, everyMs));
        controller.enqueue(new Uint8Array([n++]));
      },
    });
    return Promise.resolve(new Response(body));
  };
}

const problemOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof GraphLoadError ? { problem: e.problem, file: e.file } : e),
  );

describe('fetchBytes', () => {
  it('gives up on a server that never answers, with a timeout the reader can retry', async () => {
    vi.stubGlobal('fetch', silent);
    expect(await problemOf(fetchBytes('/x', 'graph.json', 50))).toEqual({
      problem: { kind: 'timeout', seconds: 0 },
      file: 'graph.json',
    });
  });

  it('gives up on a body that stops arriving', async () => {
    vi.stubGlobal('fetch', trickle(2, 5, true));
    expect(await problemOf(fetchBytes('/x', 'evidence/x.json', 60))).toMatchObject({ problem: { kind: 'timeout' } });
  });

  it('waits for a slow body that keeps arriving, however long in all', async () => {
    vi.stubGlobal('fetch', trickle(8, 25, false));
    const bytes = new Uint8Array(await fetchBytes('/x', 'graph.json', 60));
    expect([...bytes]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
