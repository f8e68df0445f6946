// graph.json as it travels: each table one array per field, people, organisations, articles and evidence files
// named by their index, no key written once per record. The app and the tools work on records (`Graph`); this
// codec turns one into the other, and says what is wrong and where when a file cannot be turned back.
import { finish } from './steps';
import { precisionOf } from './dates';
import type { Graph } from './graph';

/** One table: a column per field, all of one length; a record without the field has null there. */
export type Columns = Record<string, unknown[]>;

export interface GraphFile {
  schemaVersion: number;
  sourceDigest: string;
  articles: Columns;
  people: Columns;
  organizations: Columns;
  meetings: Columns;
  agreements: Columns;
  /** The evidence files' hashes, which meetings and agreements name by index. */
  evidence: string[];
}

type Namespace = 'article' | 'person' | 'organization' | 'entity' | 'evidence';
type Codec =
  | 'value'
  /** `{ ko, en? }` as two columns, `name.ko` and `name.en`. */
  | 'text'
  | { ref: Namespace }
  | { refs: Namespace }
  /** `[{ org, title: { ko, en? } }]` as `[[org index, title ko, title en]]`. */
  | 'affiliations';
/** A table's fields in record order; `true` marks one every record has. */
type Fields = [name: string, codec: Codec, required: boolean][];

const POSITION: Fields = [
  ['x', 'value', false],
  ['y', 'value', false],
  ['gx', 'value', false],
  ['gy', 'value', false],
];
const TABLES: Record<Exclude<keyof GraphFile, 'schemaVersion' | 'sourceDigest' | 'evidence'>, Fields> = {
  articles: [
    ['id', 'value', true],
    ['outlet', 'text', true],
    ['title', 'value', true],
    ['author', 'value', false],
    ['published', 'value', true],
    ['publishedNote', 'value', false],
    ['note', 'value', false],
    ['language', 'value', true],
    ['url', 'value', false],
  ],
  people: [
    ['id', 'value', true],
    ['name', 'text', true],
    ['aliases', 'value', true],
    ['affiliations', 'affiliations', true],
    ['group', { ref: 'organization' }, false],
    ...POSITION,
  ],
  organizations: [
    ['id', 'value', true],
    ['orgKind', 'value', true],
    ['name', 'text', true],
    ['aliases', 'value', true],
    ['parent', { ref: 'organization' }, false],
    ['swatch', 'value', false],
    ...POSITION,
  ],
  meetings: [
    ['id', 'value', true],
    ['date', 'value', true],
    ['time', 'value', false],
    ['dayPart', 'value', false],
    ['kind', 'value', true],
    ['title', 'text', true],
    ['participants', { refs: 'person' }, true],
    ['attendees', { refs: 'person' }, true],
    ...POSITION,
    ['articles', { refs: 'article' }, true],
    ['evidence', { ref: 'evidence' }, true],
  ],
  agreements: [
    ['id', 'value', true],
    ['date', 'value', true],
    ['kind', 'value', true],
    ['title', 'text', true],
    ['parties', { refs: 'entity' }, true],
    ['articles', { refs: 'article' }, true],
    ['evidence', { ref: 'evidence' }, true],
  ],
};
type Table = keyof typeof TABLES;

const columnsOf = ([name, codec]: Fields[number]) => (codec === 'text' ? [`${name}.ko`, `${name}.en`] : [name]);

/** The records as columns. Every id a record names must be in the graph (the compiler's link stage sees to it). */
export function encodeGraph(graph: Graph): GraphFile {
  const people = graph.entities.filter((e) => e.kind === 'person');
  const organizations = graph.entities.filter((e) => e.kind === 'organization');
  const evidence = [...new Set([...graph.meetings, ...graph.agreements].map((r) => r.evidence))];
  const indexOf = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, i]));
  const entityIds = [...people, ...organizations].map((e) => e.id);
  const spaces: Record<Namespace, Map<string, number>> = {
    article: indexOf(graph.articles.map((a) => a.id)),
    person: indexOf(people.map((p) => p.id)),
    organization: indexOf(organizations.map((o) => o.id)),
    entity: indexOf(entityIds),
    evidence: indexOf(evidence),
  };
  const ref = (space: Namespace, id: string) => {
    const i = spaces[space].get(id);
    if (i === undefined) throw new Error(`graph.json cannot name ${space} "${id}": no such ${space}`);
    return i;
  };
  const table = (name: Table, records: readonly object[]): Columns => {
    const out: Columns = {};
    for (const field of TABLES[name]) {
      const [key, codec] = field;
      const values = records.map((r) => (r as Record<string, unknown>)[key]);
      if (!field[2] && values.every((v) => v === undefined)) continue;
      if (codec === 'text') {
        const texts = values as ({ ko: string; en?: string } | undefined)[];
        out[`${key}.ko`] = texts.map((t) => t?.ko ?? null);
        if (texts.some((t) => t?.en !== undefined)) out[`${key}.en`] = texts.map((t) => t?.en ?? null);
      } else if (codec === 'value') out[key] = values.map((v) => v ?? null);
      else if (codec === 'affiliations')
        out[key] = (values as { org: string; title: { ko: string; en?: string } }[][]).map((list) =>
          list.map((a) => [ref('organization', a.org), a.title.ko, a.title.en ?? null]),
        );
      else if ('ref' in codec) out[key] = values.map((v) => (v === undefined ? null : ref(codec.ref, v as string)));
      else out[key] = (values as string[][]).map((ids) => ids.map((id) => ref(codec.refs, id)));
    }
    return out;
  };
  return {
    schemaVersion: graph.schemaVersion,
    sourceDigest: graph.sourceDigest,
    articles: table('articles', graph.articles),
    people: table('people', people),
    organizations: table('organizations', organizations),
    meetings: table('meetings', graph.meetings),
    agreements: table('agreements', graph.agreements),
    evidence,
  };
}

export interface ColumnIssue {
  path: PropertyKey[];
  message: string;
}
export type Decoded = { ok: true; graph: Graph } | { ok: false; issues: ColumnIssue[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const SPACE_NAMES: Record<Namespace, string> = {
  article: 'an article',
  person: 'a person',
  organization: 'an organisation',
  entity: 'a person or an organisation',
  evidence: 'an evidence file',
};

/** Records read back between two pauses of `decodeGraphSteps`. */
const STEP_RECORDS = 1000;

/**
 * The records of a graph.json: its columns read back, every index resolved to the id it stands for. The records
 * are not yet checked against the schema (`checkGraph` does that); what cannot be read back at all is an issue.
 */
export function decodeGraph(raw: unknown): Decoded {
  return finish(decodeGraphSteps(raw));
}

/** The same, pausing every few thousand records, so a page can read a large file back in short tasks. */
export function* decodeGraphSteps(raw: unknown): Generator<void, Decoded> {
  if (!isObject(raw)) return { ok: false, issues: [{ path: [], message: 'expected an object' }] };
  const issues: ColumnIssue[] = [];
  const tables = {} as Record<Table, Columns>;
  const lengths = {} as Record<Table, number>;
  for (const name of Object.keys(TABLES) as Table[]) {
    const t = raw[name];
    if (!isObject(t)) {
      issues.push({ path: [name], message: 'expected an object of columns' });
      continue;
    }
    const ids = t.id;
    const n = Array.isArray(ids) ? ids.length : 0;
    const known = new Set(TABLES[name].flatMap(columnsOf));
    for (const [key, column] of Object.entries(t)) {
      if (!known.has(key)) issues.push({ path: [name, key], message: 'unknown column' });
      else if (!Array.isArray(column)) issues.push({ path: [name, key], message: 'expected an array' });
      else if (column.length !== n)
        issues.push({ path: [name, key], message: `has ${column.length} values for ${n} records` });
    }
    for (const field of TABLES[name])
      if (field[2] && !Array.isArray(t[columnsOf(field)[0]]))
        issues.push({ path: [name, columnsOf(field)[0]], message: 'missing column' });
    tables[name] = t as Columns;
    lengths[name] = n;
  }
  const evidence = raw.evidence;
  if (!Array.isArray(evidence) || evidence.some((h) => typeof h !== 'string'))
    issues.push({ path: ['evidence'], message: 'expected an array of evidence file hashes' });
  if (issues.length > 0) return { ok: false, issues };

  const idsOf = (name: Table) => tables[name].id;
  const spaces: Record<Namespace, unknown[]> = {
    article: idsOf('articles'),
    person: idsOf('people'),
    organization: idsOf('organizations'),
    entity: [...idsOf('people'), ...idsOf('organizations')],
    evidence: evidence as string[],
  };
  const resolve = (space: Namespace, i: unknown, path: PropertyKey[]): unknown => {
    if (Number.isInteger(i) && (i as number) >= 0 && (i as number) < spaces[space].length)
      return spaces[space][i as number];
    if (issues.length < 50)
      issues.push({ path, message: `${JSON.stringify(i)} is not the index of ${SPACE_NAMES[space]}` });
    return undefined;
  };
  function* rows(name: Table, extra: (r: Record<string, unknown>) => Record<string, unknown>) {
    const t = tables[name];
    const out = new Array<Record<string, unknown>>(lengths[name]);
    for (let i = 0; i < out.length; i++) {
      if (i % STEP_RECORDS === STEP_RECORDS - 1) yield;
      const r: Record<string, unknown> = {};
      for (const [key, codec] of TABLES[name]) {
        if (codec === 'text') {
          const ko = t[`${key}.ko`]?.[i];
          const en = t[`${key}.en`]?.[i];
          if (ko !== null && ko !== undefined) r[key] = en === null || en === undefined ? { ko } : { ko, en };
          continue;
        }
        const v = t[key]?.[i];
        if (v === null || v === undefined) continue;
        const at = [name, key, i];
        if (codec === 'value') r[key] = v;
        else if (codec === 'affiliations')
          r[key] = Array.isArray(v)
            ? v.map((a: unknown, k) => {
                const [org, ko, en] = Array.isArray(a) ? a : [];
                const title = en === null || en === undefined ? { ko } : { ko, en };
                return { org: resolve('organization', org, [...at, k, 0]), title };
              })
            : v;
        else if ('ref' in codec) r[key] = resolve(codec.ref, v, at);
        else r[key] = Array.isArray(v) ? v.map((x, k) => resolve(codec.refs, x, [...at, k])) : v;
      }
      out[i] = { ...extra(r), ...r };
    }
    return out;
  }
  const dated = (r: Record<string, unknown>) =>
    typeof r.date === 'string' ? { id: r.id, date: r.date, precision: precisionOf(r.date) } : {};
  const articles = yield* rows('articles', () => ({}));
  const people = yield* rows('people', (r) => ({ id: r.id, kind: 'person' }));
  const organizations = yield* rows('organizations', (r) => ({ id: r.id, kind: 'organization' }));
  const meetings = yield* rows('meetings', dated);
  const agreements = yield* rows('agreements', dated);
  const graph = {
    schemaVersion: raw.schemaVersion,
    sourceDigest: raw.sourceDigest,
    articles,
    entities: [...people, ...organizations],
    meetings,
    agreements,
  };
  return issues.length > 0 ? { ok: false, issues } : { ok: true, graph: graph as unknown as Graph };
}
