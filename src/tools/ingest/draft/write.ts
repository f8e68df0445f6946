// The draft as the editor reads it: YAML in the data files' shapes, with a header that says how to review it.
import { stringify } from 'yaml';
import type { Draft } from './schema';

export function renderDraft(draft: Draft, from: string, draftPath: string): string {
  const header = [
    `# Draft made by npm run ingest from ${from}.`,
    '# Review it: set accept: false on anything wrong, correct any field (names in English, titles, summaries),',
    '# answer the questions under article: (edit its record), then apply it with',
    `#   npm run ingest -- --apply ${draftPath}`,
    '# Nothing outside data/drafts/ has been written; --apply adds the accepted records to data/, compiles, and',
    '# removes this draft only when the compile succeeds. "planned" and "undated" are never applied: they are',
    '# there for the editor to know.',
    '',
  ].join('\n');
  return header + stringify(draft, { lineWidth: 0, aliasDuplicateObjects: false });
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
