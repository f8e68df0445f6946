// What the editor's desk can ask of its data folder, as plain functions (the server only routes to them): the
// same reading, drafts and --apply that `npm run ingest` uses, answered with problems at the fields they concern.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Draft } from '../../core/schema/draft';
import { Id } from '../../core/schema/common';
import type {
  AddArticle,
  AddResult,
  ApplyView,
  DeskState,
  DraftSummary,
  DraftView,
  FieldProblem,
  SaveResult,
} from '../../desk/contract';
import { lockData } from '../common/transaction';
import { replaceFile } from '../common/files';
import { applyDraft } from '../ingest/draft/apply';
import { readDraft } from '../ingest/draft/read';
import { renderDraft, saveDraft, untouched } from '../ingest/draft/write';
import { loadKnown } from '../ingest/helpers/known';
import { readArticle } from '../ingest/index';
import { body } from '../ingest/pipeline/body';
import { pageFromBytes } from '../ingest/pipeline/read';
import { sentences } from '../ingest/pipeline/sentences';

export interface Desk {
  /** The data folder, as given. */
  dataDir: string;
  /** Where graph.json and its evidence files are written after an apply (the map the desk serves reads them). */
  outDir: string;
}

const draftsDir = (desk: Desk) => path.join(desk.dataDir, 'drafts');
const draftFile = (desk: Desk, id: string) => path.join(draftsDir(desk), `${id}.yaml`);
/** A draft is named by its article's id: anything else never reaches the file system. */
const validId = (id: string) => Id.safeParse(id).success;

export function deskState(desk: Desk): DeskState | { problems: FieldProblem[] } {
  const { known, problems } = loadKnown(desk.dataDir);
  if (!known)
    return { problems: problems.map((p) => ({ message: `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}` })) };
  const people = [...known.entities.values()]
    .filter((e) => e.kind === 'person')
    .map(({ id, ko, en, names, orgs, titles }) => ({ id, ko, en, names, orgs, titles }));
  const organizations = [...known.entities.values()]
    .filter((e) => e.kind === 'organization')
    .map(({ id, ko, en, names }) => ({ id, ko, en, names }));
  const articles = [...known.articles.entries()].map(([id, a]) => ({ id, title: a.meta.value.title }));
  return { data: desk.dataDir, drafts: draftList(desk), people, organizations, articles };
}

function draftList(desk: Desk): DraftSummary[] {
  if (!existsSync(draftsDir(desk))) return [];
  return readdirSync(draftsDir(desk))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const { draft } = readDraft(path.join(draftsDir(desk), f));
      if (!draft) return [];
      const a = draft.article.record;
      const proposals = (draft.meetings ?? []).length + (draft.people ?? []).length;
      return [{ id: f.replace(/\.yaml$/, ''), title: a.title, outlet: a.outlet.ko, published: a.published, proposals }];
    });
}

/** Reads a pasted page and keeps its draft in data/drafts/, as `npm run ingest` does. */
export function addArticle(desk: Desk, input: AddArticle): AddResult {
  const fail = (problems: FieldProblem[]): AddResult => ({ ok: false, problems });
  if (!input.text?.trim()) return fail([{ field: 'text', message: 'paste the page’s text, or drop a saved page' }]);
  if (input.published && !/^\d{4}-\d{2}-\d{2}$/.test(input.published))
    return fail([{ field: 'published', message: 'a date as YYYY-MM-DD' }]);
  const { known, problems } = loadKnown(desk.dataDir);
  if (!known) return fail(problems.map((p) => ({ message: p.message })));
  const name = input.fileName?.replace(/[^\w.-]+/g, '-') || 'pasted page';
  const { page, problems: unreadable } = pageFromBytes(new TextEncoder().encode(input.text), name);
  if (!page) return fail(unreadable.map((p) => ({ field: 'text', message: p.message })));
  const flags = Object.fromEntries(
    (['url', 'outlet', 'published', 'title'] as const).flatMap((k) =>
      input[k]?.trim() ? [[k, input[k]!.trim()]] : [],
    ),
  );
  const read = readArticle(page, known, { dataDir: desk.dataDir, flags, textPath: (id) => `${id}.txt` });
  if (!read.draft) {
    const already = /in data\/ already, as articles\/([a-z0-9-]+)/.exec(read.problems[0]?.message ?? '');
    if (already) {
      const id = already[1];
      const title = known.articles.get(id)?.meta.value.title ?? id;
      // The map opened on a meeting the article reports, if it reports one.
      const meeting = known.meetings.find((m) => m.value.sources.some((s) => s.article === id))?.value.id;
      const mapLink = meeting ? `/?meeting=${encodeURIComponent(meeting)}` : '/';
      return { ok: false, problems: [], already: { id, title, mapLink } };
    }
    return fail(
      read.problems.map((p) => ({
        field: /date/.test(p.message) ? 'published' : 'text',
        message: p.message,
      })),
    );
  }
  const id = read.draft.article.record.id;
  const saved = saveDraft(desk.dataDir, read.draft, { file: name, bytes: page.bytes });
  if (saved.problems.length) return { ok: false, problems: [], draft: id };
  return { ok: true, id };
}

export function openDraft(desk: Desk, id: string): DraftView | { problems: FieldProblem[] } {
  if (!validId(id)) return { problems: [{ message: `no draft "${id}"` }] };
  const file = draftFile(desk, id);
  if (!existsSync(file)) return { problems: [{ message: `no draft "${id}" in ${draftsDir(desk)}` }] };
  const { draft, problems } = readDraft(file);
  if (!draft)
    return { problems: problems.map((p) => ({ message: `${p.line ? `line ${p.line}: ` : ''}${p.message}` })) };
  const text = path.join(draftsDir(desk), path.basename(draft.article.text));
  const { page } = pageFromBytes(new Uint8Array(readFileSync(text)), path.basename(text));
  if (!page) return { problems: [{ message: `the draft's page ${draft.article.text} cannot be read` }] };
  const judged = body(page);
  const lines = judged.lines.map(({ line, role, reason }) => ({
    n: line.n,
    text: line.text,
    article: role !== 'chrome',
    ...(reason ? { reason } : {}),
  }));
  const said = judged.problems.length ? [] : sentences(judged.lines).map((s) => ({ line: s.line, text: s.text }));
  return { id, draft, lines, sentences: said };
}

/** Keeps the editor's draft (checked against the draft's schema first, so --apply and the CLI can read it). */
export function saveEdited(desk: Desk, id: string, input: unknown): SaveResult {
  if (!validId(id) || !existsSync(draftFile(desk, id)))
    return { saved: false, problems: [{ message: `no draft "${id}"` }] };
  const parsed = Draft.safeParse(input);
  if (!parsed.success)
    return {
      saved: false,
      problems: parsed.error.issues.map((i) => ({ field: fieldPath(i.path), message: i.message })),
    };
  const draft = parsed.data;
  if (draft.article.text !== `${id}.txt`)
    return { saved: false, problems: [{ field: 'article.text', message: `a draft keeps its page as ${id}.txt` }] };
  const file = draftFile(desk, id);
  const lock = lockData(desk.dataDir);
  if ('heldBy' in lock)
    return { saved: false, problems: [{ message: `an apply is running (${lock.heldBy}): save again` }] };
  try {
    // The stamp of an untouched draft would say "nobody reviewed this": an edited one is written without it.
    const text = renderDraft(draft, 'the editor’s desk', file).replace(/^# drafted: .*\n/m, '# reviewed at the desk\n');
    replaceFile(file, Buffer.from(text));
  } finally {
    lock.release();
  }
  return { saved: true, problems: [] };
}

export function discardDraft(desk: Desk, id: string): { problems: FieldProblem[] } {
  if (!validId(id) || !existsSync(draftFile(desk, id))) return { problems: [{ message: `no draft "${id}"` }] };
  rmSync(draftFile(desk, id), { force: true });
  rmSync(path.join(draftsDir(desk), `${id}.txt`), { force: true });
  return { problems: [] };
}

/** Compiles the data as the draft would make it (`checkOnly`), or applies it as --apply does. */
export async function applyEdited(desk: Desk, id: string, checkOnly: boolean): Promise<ApplyView> {
  if (!validId(id) || !existsSync(draftFile(desk, id)))
    return { applied: null, problems: [{ message: `no draft "${id}"` }] };
  const { draft } = readDraft(draftFile(desk, id));
  const out = path.join(desk.outDir, 'graph.json');
  const result = await applyDraft(draftFile(desk, id), { dataDir: desk.dataDir, out, checkOnly });
  const problems = result.problems.map((p) => ({
    ...(p.field ? { field: p.field } : {}),
    // Said of the field: the staged file's path and line mean nothing to an editor.
    message: p.field
      ? p.message.replace(/^.*?:\d+(:\d+)?: /, '').replace(/ \(as this draft would make it; data\/ is unchanged\)$/, '')
      : p.message,
  }));
  const first = (draft?.meetings ?? []).find((m) => m.accept);
  const meeting = first?.action === 'new' ? first.record?.id : first?.meeting;
  return {
    applied: result.applied,
    ...(result.checked ? { checked: true } : {}),
    problems,
    ...(result.applied && meeting ? { mapLink: `/?meeting=${encodeURIComponent(meeting)}` } : {}),
  };
}

const fieldPath = (p: readonly PropertyKey[]) =>
  p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');

export { untouched };
