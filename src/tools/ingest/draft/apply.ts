// --apply: the accepted proposals of a reviewed draft go into data/, all or nothing. The edits are made in a copy of
// the data folder and compiled there; only a copy that compiles is committed to data/ (common/transaction.ts: a
// journal that the next run rolls back if this one is killed), together with the removal of the draft. One apply
// at a time: the data folder is locked.
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { displayPath, writeFailure } from '../../common/files';
import { compile, formatProblem, previousDrawing, writeOutput } from '../../compiler/index';
import { commit, lockData, recover, type FileChange, type Step } from '../../common/transaction';
import type { IngestProblem } from '../pipeline/types';
import { dataEdits } from './edits';
import { draftField } from './fields';
import { readDraft } from './read';

export type ApplyStep = 'locked' | 'staged' | 'compiled' | Step | 'written';

export interface ApplyOptions {
  dataDir: string;
  /** Where to write graph.json once the data compiles; none: compile only to check. */
  out?: string;
  /** Called after each step (tests stop the process there to check that nothing is left half-done). */
  step?: (s: ApplyStep) => void;
  /** Only check: compile the data as the draft would make it, report, and change nothing. */
  checkOnly?: boolean;
}

export interface ApplyResult {
  problems: IngestProblem[];
  applied: { meetings: number; sources: number; people: number; organizations: number; article: string } | null;
  graph?: string;
  /** Said before anything else: an earlier apply was interrupted and has been rolled back. */
  recovered?: string;
  /** checkOnly: the data compiles with this draft. */
  checked?: boolean;
}

/** What the draft leaves for the editor to say: an apply waits for it. */
const PLACEHOLDER = /^\((unknown|untitled)\)$/;

/** Why `file` cannot be read as the draft's own text, or null when it is a plain file. */
function notPlainFile(file: string): string | null {
  try {
    const st = lstatSync(file);
    if (st.isSymbolicLink()) return 'is a link: the draft keeps its own copy of the page';
    if (!st.isFile()) return 'is not a plain file (a folder, pipe or device)';
    return null;
  } catch {
    return 'is missing';
  }
}

/** The draft and its text, when both are where ingest put them: data/drafts/<name>.yaml and <name>.txt. */
function locate(file: string, dataDir: string): { draftFile: string; textFile: string } | string {
  const drafts = path.join(realpathSync(dataDir), 'drafts');
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return 'no such draft';
  }
  if (path.dirname(real) !== drafts || !real.endsWith('.yaml'))
    return `a draft is applied from ${displayPath(path.join(dataDir, 'drafts'))}/, where ingest writes it`;
  return { draftFile: real, textFile: real.replace(/\.yaml$/, '.txt') };
}

export async function applyDraft(file: string, options: ApplyOptions): Promise<ApplyResult> {
  const { dataDir } = options;
  const step = options.step ?? (() => undefined);
  const fail = (message: string, line?: number): ApplyResult => ({
    problems: [{ file, ...(line ? { line } : {}), message }],
    applied: null,
  });
  const lock = lockData(dataDir);
  if ('heldBy' in lock)
    return fail(`another apply is changing ${dataDir}/ (${lock.heldBy}): wait until it has finished, then apply again`);
  try {
    const recovered = recover(dataDir) ?? undefined;
    step('locked');
    const result = await applyLocked(file, options, step);
    return recovered ? { ...result, recovered } : result;
  } finally {
    lock.release();
  }
}

async function applyLocked(file: string, options: ApplyOptions, step: (s: ApplyStep) => void): Promise<ApplyResult> {
  const { dataDir } = options;
  const where = locate(file, dataDir);
  if (typeof where === 'string') return { problems: [{ file, message: where }], applied: null };
  const { draft, problems } = readDraft(file);
  if (!draft) return { problems, applied: null };
  const fail = (message: string): ApplyResult => ({ problems: [{ file, message }], applied: null });
  const article = draft.article.record;
  const open = [article.outlet.ko, article.outlet.en, article.title].filter((v) => PLACEHOLDER.test(v));
  if (open.length)
    return fail(`the article's record still says ${open.join(', ')}: answer the draft's questions first`);
  const ownText = path.basename(where.textFile);
  if (draft.article.text !== ownText)
    return fail(
      `article.text is "${draft.article.text}": a draft applies only its own copy of the page, "${ownText}" beside it`,
    );
  const why = notPlainFile(where.textFile);
  if (why) return fail(`the article's text ${ownText} ${why}`);

  const edits = dataEdits(draft, dataDir, file);
  if ('problems' in edits) return { problems: edits.problems, applied: null };
  const text = new Uint8Array(readFileSync(where.textFile));
  const note = `# Added by npm run ingest; reviewed in ${path.basename(file)}.\n`;
  const changes: FileChange[] = [
    ...edits.changes,
    { file: `articles/${article.id}.txt`, bytes: text },
    { file: `articles/${article.id}.yaml`, bytes: Buffer.from(note + stringify(article, { lineWidth: 0 })) },
  ];

  // The data as it will be, compiled in a copy: data/ is not touched unless it compiles.
  const stage = mkdtempSync(path.join(tmpdir(), 'mg-apply-'));
  let compiled;
  try {
    cpSync(dataDir, stage, {
      recursive: true,
      filter: (src) => {
        const rel = path.relative(dataDir, src);
        return rel === '' || !(rel.split(path.sep)[0] === 'drafts' || path.basename(src).startsWith('.'));
      },
    });
    for (const c of changes) if (c.bytes) writeStaged(path.join(stage, c.file), c.bytes);
    step('staged');
    // Drawn where the map the readers have drew it: people stay put, the draft's new ones go near those they met.
    const previous = options.out ? previousDrawing(options.out) : undefined;
    compiled = await compile({ dataDir: stage, previous });
    step('compiled');
  } catch (e) {
    return fail(`the data could not be compiled with this draft (${(e as Error).message}); data/ is unchanged`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  if (compiled.problems.length > 0 || compiled.json === null) {
    // Problems name the copy's files: said of data/'s, as this draft would make them.
    const [copy, real] = [displayPath(stage), displayPath(path.resolve(dataDir))];
    const inData = (text: string) => text.split(copy).join(real);
    const staged = new Map(changes.map((c) => [c.file, c.bytes ? Buffer.from(c.bytes).toString('utf8') : '']));
    const fieldOf = (p: { file: string; line?: number }) => {
      const rel = path.relative(stage, path.resolve(p.file)).split(path.sep).join('/');
      const text = staged.get(rel);
      return text && p.line ? draftField(draft, rel, text, p.line) : undefined;
    };
    return {
      problems: compiled.problems.map((p) => {
        const field = fieldOf(p);
        return {
          file: inData(p.file),
          line: p.line,
          message: `${inData(formatProblem(p))} (as this draft would make it; data/ is unchanged)`,
          ...(field ? { field } : {}),
        };
      }),
      applied: null,
    };
  }
  if (options.checkOnly) return { problems: [], applied: null, checked: true };

  try {
    commit(
      dataDir,
      [
        ...changes,
        { file: `drafts/${path.basename(where.draftFile)}`, bytes: null },
        { file: `drafts/${ownText}`, bytes: null },
      ],
      step,
    );
  } catch (e) {
    return fail(`${writeFailure(e as NodeJS.ErrnoException)}; data/ is as it was, and the draft is kept`);
  }
  const applied = { ...edits.counts, article: article.id };
  if (!options.out) return { problems: [], applied };
  try {
    writeOutput(options.out, { json: compiled.json, evidence: compiled.evidence });
  } catch (e) {
    return {
      problems: [
        {
          file: options.out,
          message: `${writeFailure(e as NodeJS.ErrnoException)}: the draft is applied to data/; run npm run compile`,
        },
      ],
      applied,
    };
  }
  step('written');
  return { problems: [], applied, graph: options.out };
}

function writeStaged(file: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}
