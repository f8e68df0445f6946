// A tiny static server over the built app that serves one scale's graph.json at /data/graph.json.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

function fileOf(root: string, graphFile: string, urlPath: string): string | null {
  if (urlPath === '/data/graph.json') return graphFile;
  const evidence = /^\/data\/evidence\/([0-9a-f]{16}\.json)$/.exec(urlPath);
  if (evidence) return path.join(path.dirname(graphFile), 'evidence', evidence[1]);
  const rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const file = path.resolve(root, rel || 'index.html');
  if (!file.startsWith(root + path.sep) && file !== root) return null;
  try {
    if (statSync(file).isFile()) return file;
  } catch {
    // fall through to the SPA entry
  }
  return path.extname(rel) ? null : path.join(root, 'index.html');
}

/** Compressible types a static host sends gzip-compressed (nginx `gzip_static`, GitHub Pages, Netlify all do). */
const COMPRESSED = new Set(['.json', '.js', '.css', '.html']);

export async function serve(distDir: string, graphFile: string): Promise<StaticServer> {
  const root = path.resolve(distDir);
  // Compressed once per file, ahead of the request, as a host's precompressed copies are.
  const gzipped = new Map<string, Buffer>();
  const gzipOf = (file: string) => {
    let body = gzipped.get(file);
    if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
    return body;
  };
  gzipOf(graphFile);
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const file = fileOf(root, graphFile, urlPath);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs: the seed budget is 0.1 ms.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    };
    if (COMPRESSED.has(path.extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipOf(file);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': statSync(file).size });
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
