// Used by the page and the worker alike; no schema here, so zod stays out of the page's first download.
import { GraphLoadError } from './problems';

/** The bytes of a file, or the problem: the network failed, or the server answered with an error. */
export async function fetchBytes(url: string, file: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch {
    throw new GraphLoadError({ kind: 'network' }, file);
  }
  if (!response.ok) throw new GraphLoadError({ kind: 'http', status: response.status }, file);
  try {
    return await response.arrayBuffer();
  } catch {
    throw new GraphLoadError({ kind: 'network' }, file);
  }
}
