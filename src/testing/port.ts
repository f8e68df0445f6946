// The port the end-to-end tests serve the app on. Playwright loads its config in the main process and again in
// every worker, so the port is chosen once, in the main process, and handed to the workers (forked with its
// environment) through E2E_PORT.
import { createServer } from 'node:net';

/** A port nothing listens on now: the system picks it, never one that is taken (4173 while `npm start` runs). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** E2E_PORT when given (a port of the caller's choosing), else a free port, written to E2E_PORT for the workers. */
export async function e2ePort(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (env.E2E_PORT) {
    const port = Number(env.E2E_PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`E2E_PORT is not a port: ${env.E2E_PORT}`);
    return port;
  }
  const port = await freePort();
  env.E2E_PORT = String(port);
  return port;
}
