// The preview server (npm start, npm run preview): the security headers on every response, its own errors
// included (the embed's page framed by MG_EMBED_ORIGINS only), and a plain 404 for a file that is not there (Vite would answer 200 with the app's page: a crawler
// would take HTML for a card image, and the app would read a missing evidence file as "not JSON").
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, PreviewServer } from 'vite';
import { EMBED_PATH, headersFor, readEmbedOrigins } from './headers';

/** A path whose last segment has an extension names a file; the others are the app's own addresses. */
const NAMES_A_FILE = /\/[^/]*\.[A-Za-z0-9]+$/;

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Whether `pathname` (under `base`) names a file missing from `root`. */
export function missingFile(root: string, base: string, pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true; // broken percent-encoding names no file
  }
  if (!NAMES_A_FILE.test(decoded)) return false;
  const rel = decoded.startsWith(base) ? decoded.slice(base.length) : decoded.replace(/^\//, '');
  const file = path.resolve(root, rel);
  const inside = path.relative(root, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return true;
  return !isFile(file);
}

export function previewServing(): Plugin {
  return {
    name: 'meeting-graph:preview-serving',
    configurePreviewServer(server: PreviewServer) {
      const root = path.resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      const origins = readEmbedOrigins();
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const pathname = url.pathname;
        for (const [name, value] of Object.entries(headersFor(pathname, base, origins))) res.setHeader(name, value);
        // As static hosts do: the folder's address ends in `/` (else Vite's fallback would serve the main page).
        if (pathname === base + EMBED_PATH.slice(0, -1)) {
          res.statusCode = 301;
          res.setHeader('Location', `${base}${EMBED_PATH}${url.search}`);
          return res.end();
        }
        if (!missingFile(root, base, pathname)) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(`Not found: ${pathname}\n`);
      });
    },
  };
}
