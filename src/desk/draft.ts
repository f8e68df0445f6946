// Edits of a draft as the desk's forms make them: pure functions over the draft's own shape (core/schema/draft.ts),
// each returning a new draft, and where the problems for a field are.
import type { Draft, FieldProblem } from './contract';

export type DraftMeeting = NonNullable<Draft['meetings']>[number];
export type DraftPerson = NonNullable<Draft['people']>[number];
export type DraftOrganization = NonNullable<Draft['organizations']>[number];
export type MeetingRecord = NonNullable<DraftMeeting['record']>;
type Path = (string | number)[];

/** The draft with the value at `path` replaced (undefined removes an optional field). */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  const next = setAt(copy[key] ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = next;
  return copy as T;
}

/** `meetings[0].record.date` for a path. */
export const fieldOf = (path: Path) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

/** The problems at `field` and inside it (a problem in `…participants[0]` is shown at `…participants`). */
export function problemsAt(problems: readonly FieldProblem[], field: string): string[] {
  return problems
    .filter((p) => p.field === field || p.field?.startsWith(`${field}.`) || p.field?.startsWith(`${field}[`))
    .map((p) => p.message);
}

/** Problems no field of the desk shows: said with the whole draft. */
export function unplaced(problems: readonly FieldProblem[], shown: (field: string) => boolean): FieldProblem[] {
  return problems.filter((p) => !p.field || !shown(p.field));
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A meeting id the draft and data/ do not use yet, from the date and the first person's id. */
export function meetingId(date: string, people: string[], taken: Set<string>): string {
  const base = slug(`${date}-${people.slice(0, 2).join('-')}`) || 'meeting';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A meeting the assistant missed, started from the sentences the editor selected: their quotes and the article's date. */
export function missedMeeting(draft: Draft, quotes: string[], people: string[], taken: Set<string>): DraftMeeting {
  const article = draft.article.record;
  const record: MeetingRecord = {
    id: meetingId(article.published, people, taken),
    date: article.published,
    kind: 'meeting',
    title: { ko: quotes[0]?.slice(0, 40) ?? article.title },
    summary: { ko: quotes[0] ?? article.title },
    participants: people,
    attendees: [],
    sources: [{ article: article.id, quotes }],
    disagreements: [],
  };
  return { accept: true, action: 'new', record, because: ['added by the editor'] };
}

/** The quotes a meeting proposal carries, wherever its kind keeps them. */
export function quotesOf(m: DraftMeeting): string[] {
  return m.action === 'new' ? (m.record?.sources.flatMap((s) => s.quotes) ?? []) : (m.quotes ?? []);
}

/** The proposal with these quotes (a new meeting's first source is this article's). */
export function withQuotes(m: DraftMeeting, quotes: string[], articleId: string): DraftMeeting {
  if (m.action !== 'new' || !m.record) return { ...m, quotes };
  const others = m.record.sources.filter((s) => s.article !== articleId);
  return { ...m, record: { ...m.record, sources: [{ article: articleId, quotes }, ...others] } };
}

/** Whether the proposal rests on the sentence at `line` (its sentences, or a quote inside that line). */
export function restsOn(m: { sentences?: { line: number }[] }, line: number): boolean {
  return (m.sentences ?? []).some((s) => s.line === line);
}
