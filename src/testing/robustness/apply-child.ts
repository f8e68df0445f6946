// A child process for the fault-injection tests: applies a draft and kills itself at the named step (SIGKILL, as
// `kill -9`; SIGINT, as Ctrl-C), or pauses there until a file appears (two applies at once).
import { existsSync } from 'node:fs';
import { applyDraft, type ApplyStep } from '../../tools/ingest/draft/apply';

const [draft, dataDir, at, how] = process.argv.slice(2);

function wait(file: string): void {
  const until = Date.now() + 60_000;
  while (!existsSync(file) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
}

const step = (s: ApplyStep) => {
  if (s !== at) return;
  if (how === 'pause') wait(`${dataDir}.go`);
  else process.kill(process.pid, how === 'int' ? 'SIGINT' : 'SIGKILL');
};

applyDraft(draft, { dataDir, step }).then((r) => {
  console.log(JSON.stringify({ applied: r.applied, problems: r.problems.map((p) => p.message) }));
  process.exit(r.applied ? 0 : 1);
});
