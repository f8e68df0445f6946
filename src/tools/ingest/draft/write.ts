// The draft as the editor reads it: YAML in the data files' shapes, with a header that says how to review it; and
// saving it beside its page in data/drafts/, never over a draft the editor has already worked on.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { replaceFile } from '../../common/files';
import type { IngestProblem } from '../pipeline/types';
import type { Draft } from '../../../core/schema/draft';

/** The header's last line: a hash of the draft as ingest wrote it, to tell an untouched draft from a reviewed one. */
const STAMP = /^# drafted: ([0-9a-f]{16})\n/m;
const stampOf = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 16);

export function renderDraft(draft: Draft, from: string, draftPath: string): string {
  const body = stringify(draft, { lineWidth: 0, aliasDuplicateObjects: false });
  const header = [
    `# Draft made by npm run ingest from ${from}.`,
    '# Review it: set accept: false on anything wrong, correct any field (names in English, titles, summaries),',
    '# answer the questions under article: (edit its record), then apply it with',
    `#   npm run ingest -- --apply ${draftPath}`,
    '# Nothing outside data/drafts/ has been written; --apply adds the accepted records to data/, compiles, and',
    '# removes this draft only when the compile succeeds. "planned" and "undated" are never applied: they are',
    '# there for the editor to know.',
    `# drafted: ${stampOf(body)}`,
    '',
  ].join('\n');
  return header + body;
}

/** Whether the draft's text is still what ingest wrote (no review to lose by drafting it again). */
export function untouched(text: string): boolean {
  const m = STAMP.exec(text);
  return !!m && stampOf(text.slice(m.index + m[0].length)) === m[1];
}

/**
 * Writes the page's text and the draft to <dataDir>/drafts/<id>.{txt,yaml}. A draft already there that the editor
 * has changed is kept, and the problem says what to do.
 */
export function saveDraft(
  dataDir: string,
  draft: Draft,
  page: { file: string; bytes: Uint8Array },
): { draftPath: string; problems: IngestProblem[] } {
  const id = draft.article.record.id;
  const draftPath = path.join(dataDir, 'drafts', `${id}.yaml`);
  let existing: string | null = null;
  try {
    existing = readFileSync(draftPath, 'utf8');
  } catch {
    // no draft yet
  }
  if (existing !== null && !untouched(existing))
    return {
      draftPath,
      problems: [
        {
          file: draftPath,
          message:
            'this article has a draft you have already reviewed: it is kept as it is. Apply it ' +
            `(npm run ingest -- --apply ${draftPath}), or delete it and ${path.join(dataDir, 'drafts', `${id}.txt`)} ` +
            'to draft the page again',
        },
      ],
    };
  replaceFile(path.join(dataDir, 'drafts', draft.article.text), page.bytes);
  replaceFile(draftPath, Buffer.from(renderDraft(draft, page.file, draftPath)));
  return { draftPath, problems: [] };
}

/** Rows for the terminal: one per proposal. */
export function summarize(draft: Draft, nameOf: (id: string) => string): string {
  const m = draft.meetings ?? [];
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const lines = [
    `${draft.article.record.id}: ${count(m.length, 'meeting')} (${m.filter((x) => x.action === 'new').length} new, ` +
      `${m.filter((x) => x.action === 'add-source').length} already recorded), ` +
      `${count((draft.people ?? []).filter((p) => p.accept).length, 'new person')}, ` +
      `${count((draft.organizations ?? []).filter((o) => o.accept).length, 'new organisation')}, ` +
      `${(draft.planned ?? []).length} planned, ${(draft.undated ?? []).length} undated, ` +
      `${count((draft.article.questions ?? []).length, 'question')}`,
    `  ${'accept'.padEnd(7)}${'conf'.padEnd(6)}${'action'.padEnd(12)}${'meeting'.padEnd(44)}who`,
  ];
  for (const x of m) {
    const who = (x.participants ?? x.record?.participants ?? []).map(nameOf).join(', ');
    const id = x.meeting ?? x.record?.id ?? '';
    lines.push(
      `  ${(x.accept ? 'yes' : 'no').padEnd(7)}${(x.confidence?.toFixed(2) ?? '').padEnd(6)}${x.action.padEnd(12)}${id.slice(0, 42).padEnd(44)}${who}`,
    );
  }
  for (const p of draft.planned ?? [])
    lines.push(`  planned    ${(p.date ?? '').padEnd(12)}${p.principals.map(nameOf).join(', ')}`);
  for (const q of draft.article.questions ?? []) lines.push(`  question: ${q}`);
  return lines.join('\n');
}
