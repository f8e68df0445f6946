// npm run compile -- [--data data] [--out public/data/graph.json] [--check] [--allow-empty] [--relayout]
// People already on the map keep the places the existing graph.json gives them; --relayout lays it out afresh.
// Writes graph.json and, beside it, evidence/<hash>.json (the quotes); --check compares them all with the disk.
import { parseArgs } from 'node:util';
import { writeFailure } from '../src/tools/common/files';
import {
  compareOutput,
  compile,
  formatProblem,
  meetingsIn,
  previousDrawing,
  writeOutput,
} from '../src/tools/compiler/index';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'public/data/graph.json' },
        check: { type: 'boolean', default: false },
        'allow-empty': { type: 'boolean', default: false },
        relayout: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    console.error(
      `${(e as Error).message}\nusage: compile [--data <dir>] [--out <file>] [--check] [--allow-empty] [--relayout]`,
    );
    return 1;
  }
  const { data, out, check } = args;
  // --relayout draws everyone afresh; organisations keep their colours all the same.
  const before = previousDrawing(out);
  if (args.relayout) before.positions = new Map();
  const result = await compile({ dataDir: data, previous: before });
  if (result.problems.length > 0 || result.json === null) {
    for (const p of result.problems) console.error(formatProblem(p));
    const n = result.problems.length;
    console.error(`${n} problem${n === 1 ? '' : 's'}; ${out} left unchanged`);
    return 1;
  }
  // Said only when there is a new graph to write: problems in data/ come first and alone.
  if (before.unreadable)
    console.log(`the previous graph was not read (${before.unreadable}): drawn afresh, colours too`);
  const s = result.stats;
  const counts =
    `${s.articles} articles, ${s.people} people, ${s.organizations} organizations, ` +
    `${s.meetings} meetings, ${s.agreements} agreements, ${s.edges} edges`;
  const output = { json: result.json, evidence: result.evidence };
  if (check) {
    const differ = compareOutput(out, output);
    if (differ.length === 0) {
      console.log(`${out} and its ${output.evidence.length} evidence files are up to date (${counts})`);
      return 0;
    }
    const shown = differ.slice(0, 5).join('; ') + (differ.length > 5 ? `; and ${differ.length - 5} more` : '');
    console.error(`${shown}: not what ${data}/ compiles to; run npm run compile`);
    return 1;
  }
  const replaced = meetingsIn(out);
  if (s.people + s.meetings === 0 && replaced > 0 && !args['allow-empty']) {
    console.error(
      `${data}/ compiles to an empty graph (0 people, 0 meetings), which would replace ${out} and its ` +
        `${replaced} meetings: check the data folder, or pass --allow-empty to mean it`,
    );
    return 1;
  }
  let written: number, removed: number;
  try {
    ({ written, removed } = writeOutput(out, output));
  } catch (e) {
    console.error(`${writeFailure(e as NodeJS.ErrnoException)}; ${out} left unchanged`);
    return 1;
  }
  const outcome = written + removed === 0 ? 'unchanged' : `${written} written, ${removed} removed`;
  const seconds = (performance.now() / 1000).toFixed(2);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    `${out} + ${output.evidence.length} evidence files: ${counts} in ${seconds} s, peak memory ${peakMb} MB, ${outcome}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`compiler bug (please report): ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
