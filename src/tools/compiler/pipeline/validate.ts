// Stage 3a: check every record against the source schema, one record at a time, so one bad record
// does not hide the problems of the others.
import { z } from '../../../core/schema/zod';
import * as source from '../../../core/schema/source';
import type { Collection, Loaded, Located, Locator, Problem, SchemaChecked, ValuePath } from './types';

const ITEM_SCHEMAS = {
  people: source.PersonSource,
  organizations: source.OrganizationSource,
  meetings: source.MeetingSource,
  agreements: source.AgreementSource,
} as const;

export const KIND_LABEL: Record<Collection | 'articles', string> = {
  people: 'person',
  organizations: 'organization',
  meetings: 'meeting',
  agreements: 'agreement',
  articles: 'article',
};

/** `sources[0].quotes[1]` */
export function formatPath(path: ValuePath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

const TYPE_WORDS: Record<string, string> = {
  array: 'a list',
  object: 'a map of fields',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string') return `text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const seg of path) v = v != null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

function isMissingKey(root: unknown, path: ValuePath): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && !(String(path[path.length - 1]) in parent);
}

export function label(kind: string, value: unknown, index: number): string {
  const id = valueAt(value, ['id']);
  return typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind} #${index + 1}`;
}

/** Turns zod issues into problems at the exact key or value they concern. */
export function schemaProblems(
  error: z.core.$ZodError,
  value: unknown,
  locator: Locator,
  base: ValuePath,
  who: string,
): Problem[] {
  const out: Problem[] = [];
  const at = (path: ValuePath, message: string, atKey = false) =>
    out.push({ file: locator.file, ...locator.locate([...base, ...path], atKey), message: `${who}: ${message}` });
  for (const issue of error.issues) {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    const field = formatPath(path);
    const actual = valueAt(value, path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) at([...path, key], `unknown field "${key}"${field ? ` in ${field}` : ''}`, true);
    } else if (actual === undefined && isMissingKey(value, path)) {
      at(path, `missing required field "${field}"`);
    } else if (issue.code === 'invalid_type') {
      at(path, `${field}: expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${describe(actual)}`);
    } else {
      at(path, field ? `${field}: ${issue.message}` : issue.message);
    }
  }
  return out;
}

/** The parts of a meeting or agreement that carry its quotes, read on their own when the rest fails. */
const EVIDENCE = z.object({
  id: z.string(),
  sources: z.array(source.SourceRef),
  disagreements: z._default(z.array(source.Disagreement), []),
});

function checkList<S extends z.ZodMiniType>(
  schema: S,
  collection: Collection,
  files: Loaded['collections'][Collection],
  problems: Problem[],
  failedIds: Set<string>,
  incomplete: Set<Collection>,
  evidenceOfFailed: SchemaChecked['evidenceOfFailed'],
): Located<z.output<S>>[] {
  const out: Located<z.output<S>>[] = [];
  for (const file of files) {
    const root = file.value;
    if (root === undefined) {
      incomplete.add(collection); // unreadable: already a problem
      continue;
    }
    const { locator } = file;
    const isMap = root !== null && typeof root === 'object' && !Array.isArray(root);
    if (!isMap || !Array.isArray((root as Record<string, unknown>)[collection])) {
      const { line, column } = locator.locate([collection]);
      problems.push({ file: locator.file, line, column, message: `expected a top-level "${collection}:" list` });
      incomplete.add(collection);
      continue;
    }
    for (const key of Object.keys(root)) {
      if (key !== collection)
        problems.push({
          file: locator.file,
          ...locator.locate([key], true),
          message: `unknown top-level key "${key}": this file holds only "${collection}:"`,
        });
    }
    const items = (root as Record<string, unknown[]>)[collection];
    items.forEach((item, i) => {
      const path = [collection, i];
      const r = schema.safeParse(item);
      if (r.success) out.push({ value: r.data, locator, path });
      else {
        problems.push(...schemaProblems(r.error, item, locator, path, label(KIND_LABEL[collection], item, i)));
        const id = valueAt(item, ['id']);
        if (typeof id === 'string') failedIds.add(id);
        const evidence = EVIDENCE.safeParse(item);
        if (evidence.success && (collection === 'meetings' || collection === 'agreements'))
          evidenceOfFailed.push({ value: evidence.data, locator, path });
      }
    });
  }
  return out;
}

export function validateSchemas(loaded: Loaded): SchemaChecked {
  const problems: Problem[] = [];
  const failedIds = new Set<string>();
  const incomplete = new Set<Collection>();
  const evidenceOfFailed: SchemaChecked['evidenceOfFailed'] = [];
  const articles: SchemaChecked['articles'] = [];
  for (const a of loaded.articles) {
    if (a.meta.value === undefined) {
      failedIds.add(a.id);
      continue;
    }
    const r = source.ArticleSource.safeParse(a.meta.value);
    if (!r.success) {
      failedIds.add(a.id);
      problems.push(...schemaProblems(r.error, a.meta.value, a.meta.locator, [], `article "${a.id}"`));
      continue;
    }
    const meta = { value: r.data, locator: a.meta.locator, path: [] };
    if (r.data.id !== a.id) {
      const message = `article "${a.id}": id "${r.data.id}" must equal the file name "${a.id}"`;
      problems.push({ file: a.meta.locator.file, ...a.meta.locator.locate(['id']), message });
    }
    articles.push({ id: a.id, meta, text: a.text });
  }
  const list = <C extends Collection>(c: C) =>
    checkList(ITEM_SCHEMAS[c], c, loaded.collections[c], problems, failedIds, incomplete, evidenceOfFailed) as Located<
      z.output<(typeof ITEM_SCHEMAS)[C]>
    >[];
  const people = list('people');
  const organizations = list('organizations');
  const meetings = list('meetings');
  const agreements = list('agreements');
  const entitiesIncomplete = incomplete.has('people') || incomplete.has('organizations');
  return {
    articles,
    people,
    organizations,
    meetings,
    agreements,
    failedIds,
    evidenceOfFailed,
    entitiesIncomplete,
    problems,
  };
}
