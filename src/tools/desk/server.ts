// The editor's desk: a small local server, bound to 127.0.0.1, that serves the desk page (/desk/), the map as the
// data now is (/, with /data/ from the desk's own compile output) and the desk's API (/api/). It reads and writes
// only inside the data folder it was given; a writing request must come from its own page (Origin checked).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { SECURITY_HEADERS } from '../serving/headers';
import { addArticle, applyEdited, deskState, discardDraft, openDraft, saveEdited, type Desk } from './api';

export interface DeskOptions extends Desk {
  /** The desk page's build (vite build of src/desk). */
  pageDir: string;
  /** The map's build (dist/): served at /, its data from `outDir`. */
  appDir: string;
  port?: number;
  host?: string;
}

export interface RunningDesk {
  url: string;
  close(): Promise<void>;
}

/** The largest request body the desk accepts: a pasted page of a few megabytes. */
const MAX_BODY = 20 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
      return reject(new HttpError(415, 'send JSON (Content-Type: application/json)'));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, `the request is over ${MAX_BODY / 1024 / 1024} MB`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new HttpError(400, 'the request is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

export async function startDesk(options: DeskOptions): Promise<RunningDesk> {
  const host = options.host ?? '127.0.0.1';
  const desk: Desk = { dataDir: options.dataDir, outDir: options.outDir };
  const page = sirv(options.pageDir, { single: true, dev: true });
  const app = sirv(options.appDir, { dev: true });
  const data = sirv(options.outDir, { dev: true });
  let origin = '';

  async function api(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const method = req.method ?? 'GET';
    // A page of another site can send a request here (the desk runs on the editor's machine): writing requests
    // must come from the desk's own page, and carry JSON, which a plain form cannot send.
    if (method !== 'GET' && req.headers.origin !== origin)
      throw new HttpError(403, `refused: a request from ${req.headers.origin ?? 'no page'} may not change the data`);
    const [, , what, id, action] = pathname.split('/');
    if (what === 'state' && method === 'GET') {
      const state = deskState(desk);
      return send(res, 'problems' in state ? 500 : 200, state);
    }
    if (what === 'articles' && method === 'POST')
      return send(res, 200, addArticle(desk, (await readJson(req)) as never));
    if (what === 'drafts' && id) {
      const draftId = decodeURIComponent(id);
      if (!action && method === 'GET') {
        const view = openDraft(desk, draftId);
        return send(res, 'problems' in view ? 404 : 200, view);
      }
      if (!action && method === 'PUT') return send(res, 200, saveEdited(desk, draftId, await readJson(req)));
      if (!action && method === 'DELETE') return send(res, 200, discardDraft(desk, draftId));
      if ((action === 'check' || action === 'apply') && method === 'POST')
        return send(res, 200, await applyEdited(desk, draftId, action === 'check'));
    }
    throw new HttpError(404, `no such request: ${method} ${pathname}`);
  }

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const pathname = new URL(req.url ?? '/', 'http://desk').pathname;
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Not found: ${pathname}\n`);
    };
    if (pathname.startsWith('/api/')) {
      api(req, res, pathname).catch((e: unknown) => {
        if (e instanceof HttpError) return send(res, e.status, { problems: [{ message: e.message }] });
        send(res, 500, { problems: [{ message: `the desk could not do this: ${(e as Error).message}` }] });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound();
    if (pathname === '/desk') {
      res.statusCode = 302;
      res.setHeader('Location', '/desk/');
      return res.end();
    }
    if (pathname.startsWith('/desk/')) {
      req.url = req.url!.slice('/desk'.length);
      return page(req, res, notFound);
    }
    if (pathname.startsWith('/data/')) {
      req.url = req.url!.slice('/data'.length);
      // The map must see each apply at once: never cached.
      res.setHeader('Cache-Control', 'no-store');
      return data(req, res, notFound);
    }
    // The map: its own pages, and its index.html for the app's addresses (a path without a file extension).
    return app(req, res, () => {
      if (/\.[A-Za-z0-9]+$/.test(pathname)) return notFound();
      req.url = '/index.html';
      app(req, res, notFound);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;
  return {
    url: `${origin}/desk/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
