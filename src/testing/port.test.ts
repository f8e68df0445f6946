// `npm test` beside a running `npm start` (4173 taken): the end-to-end tests serve the app on a port of their own,
// the same in Playwright's main process and its workers, and never test a server that was already there.
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { e2ePort, freePort } from './port';

const TAKEN = 4173;
let holder: Server | undefined;
const given = process.env.E2E_PORT;

beforeAll(async () => {
  // Take 4173 as `npm start` does; if something already holds it, it is taken all the same.
  holder = await new Promise<Server | undefined>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(TAKEN, '127.0.0.1', () => resolve(server));
  });
});
afterAll(() => {
  holder?.close();
  if (given === undefined) delete process.env.E2E_PORT;
  else process.env.E2E_PORT = given;
});

const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

async function loadConfig() {
  vi.resetModules();
  return (await import('../../playwright.config')).default;
}
const portOf = (url: string | undefined) => Number(new URL(url!).port);

describe('the end-to-end tests’ port', () => {
  it('is a free one, never the taken 4173', async () => {
    expect(await canListen(TAKEN)).toBe(false);
    const port = await freePort();
    expect(port).not.toBe(TAKEN);
    expect(await canListen(port)).toBe(true);
  });

  it('is chosen once by the config and handed to the workers, with a server of its own', async () => {
    delete process.env.E2E_PORT;
    const main = await loadConfig();
    const server = Array.isArray(main.webServer) ? main.webServer[0] : main.webServer!;
    const port = portOf(server.url);
    expect(port).not.toBe(TAKEN);
    expect(portOf(main.use!.baseURL)).toBe(port);
    expect(server.command).toContain(`--port ${port} --strictPort`);
    expect(server.reuseExistingServer).toBe(false);
    // A worker loads the config again with the main process's environment: the same port.
    expect(process.env.E2E_PORT).toBe(String(port));
    expect(portOf((await loadConfig()).use!.baseURL)).toBe(port);
  });

  it('is E2E_PORT when given', async () => {
    expect(await e2ePort({ E2E_PORT: '4311' })).toBe(4311);
    await expect(e2ePort({ E2E_PORT: 'x' })).rejects.toThrow(/not a port/);
  });
});
