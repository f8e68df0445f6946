// npm run desk -- [--data data] [--port 4180]: the editor's desk, a local page for adding articles (README).
import { parseArgs } from 'node:util';
import { runDesk } from '../src/tools/desk/start';

async function main(): Promise<number> {
  let values;
  try {
    values = parseArgs({
      options: { data: { type: 'string', default: 'data' }, port: { type: 'string', default: '4180' } },
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\nusage: desk [--data <dir>] [--port <n>]`);
    return 1;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number, not "${values.port}"`);
    return 1;
  }
  try {
    const desk = await runDesk({ dataDir: values.data!, port });
    console.log(`The editor's desk is open at ${desk.url} (data: ${values.data}). Stop it with Ctrl-C.`);
    const stop = () => void desk.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.error(err.code === 'EADDRINUSE' ? `port ${port} is in use: try --port ${port + 1}` : err.message);
    return 1;
  }
}

void main().then((code) => {
  if (code >= 0) process.exit(code);
});
