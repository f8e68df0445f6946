// npm run ingest -- <file.txt>... [--published YYYY-MM-DD] [--outlet NAME] [--url URL] [--title TEXT] [--data dir]
// npm run ingest -- --apply data/drafts/<article-id>.yaml [--data dir] [--out public/data/graph.json]
// npm run ingest -- --recover [--data dir]: rolls back an apply that was interrupted (any apply does it first too)
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/tools/common/problems';
import { lockData, recover } from '../src/tools/common/transaction';
import { applyDraft } from '../src/tools/ingest/draft/apply';
import { saveDraft, summarize } from '../src/tools/ingest/draft/write';
import { readArticle } from '../src/tools/ingest/index';
import { loadKnown } from '../src/tools/ingest/helpers/known';
import { read } from '../src/tools/ingest/pipeline/read';

const USAGE =
  'usage: ingest <file.txt>... [--published YYYY-MM-DD] [--outlet NAME] [--url URL] [--title TEXT] [--data <dir>]\n' +
  '       ingest --apply <data/drafts/<id>.yaml> [--data <dir>] [--out <graph.json>]\n' +
  '       ingest --recover [--data <dir>]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        outlet: { type: 'string' },
        url: { type: 'string' },
        title: { type: 'string' },
        data: { type: 'string', default: 'data' },
        apply: { type: 'string' },
        out: { type: 'string' },
        recover: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const dataDir = values.data!;

  if (values.recover) {
    const lock = lockData(dataDir);
    if ('heldBy' in lock) {
      console.error(`an apply is running on ${dataDir}/ (${lock.heldBy}): it will finish or roll back by itself`);
      return 1;
    }
    try {
      console.log(recover(dataDir) ?? `${dataDir}/ has no interrupted apply: nothing to do`);
    } finally {
      lock.release();
    }
    return 0;
  }

  if (values.apply) {
    // The real data's graph is rebuilt with it; a copy of the data is only checked unless --out says where.
    const out = values.out ?? (path.resolve(dataDir) === path.resolve('data') ? 'public/data/graph.json' : undefined);
    const result = await applyDraft(values.apply, { dataDir, out });
    if (result.recovered) console.error(result.recovered);
    if (!result.applied) {
      for (const p of result.problems) console.error(formatProblem(p));
      console.error(`not applied: ${dataDir}/ is as it was, and the draft is kept`);
      return 1;
    }
    for (const p of result.problems) console.error(formatProblem(p));
    const a = result.applied;
    console.log(
      `applied ${values.apply}: article ${a.article}, ${a.meetings} new meeting(s), ${a.sources} source(s) added to ` +
        `recorded meetings, ${a.people} person(s), ${a.organizations} organisation(s); the data compiles` +
        (result.graph ? `; ${result.graph} written` : '') +
        '; the draft is removed',
    );
    return 0;
  }

  if (positionals.length === 0 || (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))) {
    console.error(values.published ? `--published must be YYYY-MM-DD, not "${values.published}"\n${USAGE}` : USAGE);
    return 1;
  }
  const { known, problems } = loadKnown(dataDir);
  if (!known) {
    for (const p of problems) console.error(formatProblem(p));
    return 1;
  }
  const names = (id: string) => known.entities.get(id)?.en ?? id;
  let failed = 0;
  for (const file of positionals) {
    const { page, problems: unread } = read(file);
    let result: Pick<ReturnType<typeof readArticle>, 'draft' | 'problems'> = { draft: null, problems: unread };
    try {
      if (page)
        result = readArticle(page, known, {
          dataDir,
          flags: { published: values.published, outlet: values.outlet, url: values.url, title: values.title },
          textPath: (id) => `${id}.txt`,
        });
    } catch (e) {
      // A bug on one page leaves the others of the same run to be drafted.
      console.error(`${file}: ingest bug (please report): ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!result.draft || !page) {
      for (const p of result.problems) console.error(formatProblem(p));
      console.error(`${file}: nothing written`);
      failed += 1;
      continue;
    }
    const saved = saveDraft(dataDir, result.draft, { file, bytes: page.bytes });
    if (saved.problems.length) {
      for (const p of saved.problems) console.error(formatProblem(p));
      failed += 1;
      continue;
    }
    const { draftPath } = saved;
    const proposed = new Map((result.draft.people ?? []).map((p) => [p.record.id, p.record.name.en]));
    console.log(`${draftPath} (review it, then: npm run ingest -- --apply ${draftPath})`);
    console.log(summarize(result.draft, (pid) => proposed.get(pid) ?? names(pid)));
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`ingest bug (please report): ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
