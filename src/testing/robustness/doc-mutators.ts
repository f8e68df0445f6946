// Mutations at the YAML-document level: parse a file, change the JS value, write it back with `yaml`.
// Every choice is a natural number taken modulo the candidates, so fast-check can shrink a failing case.
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { decode, encode, type Files } from './tree';

export interface Mutation {
  label: string;
  apply(files: Files): void;
}

type Path = (string | number)[];
type Container = Record<string | number, unknown>;

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every node below the root (objects, arrays and leaves), depth first; shared or circular values (YAML aliases)
 *  are listed once and not entered again. */
function nodes(value: unknown, base: Path = [], seen = new Set<unknown>()): { path: Path; value: unknown }[] {
  if (!isContainer(value) || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([k, v]) => {
    const p = [...base, Array.isArray(value) ? Number(k) : k];
    return [{ path: p, value: v }, ...nodes(v, p, seen)];
  });
}

function setAt(root: unknown, p: Path, value: unknown): void {
  let node = root as Container;
  for (const k of p.slice(0, -1)) node = node[k] as Container;
  node[p[p.length - 1]] = value;
}

function deleteAt(root: unknown, p: Path): void {
  let node = root as Container;
  for (const k of p.slice(0, -1)) node = node[k] as Container;
  const last = p[p.length - 1];
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
}

function parseFile(files: Files, file: string): unknown {
  try {
    return parse(decode(files.get(file)!));
  } catch {
    return undefined; // no longer YAML (an earlier byte mutation): left alone
  }
}

const save = (files: Files, file: string, doc: unknown) =>
  files.set(file, encode(stringify(doc, { lineWidth: 0 }) ?? ''));

/** A doc mutation: picks one node that `where` accepts, among all YAML files, and changes it. */
function docMutation<T>(
  name: string,
  extra: fc.Arbitrary<T>,
  where: (n: { path: Path; value: unknown }) => boolean,
  change: (doc: unknown, n: { path: Path; value: unknown }, extra: T) => void,
): fc.Arbitrary<Mutation> {
  return fc.record({ node: fc.nat(), extra }).map(({ node, extra: x }) => ({
    label: `${name}(node ${node}, ${JSON.stringify(x)?.slice(0, 60)})`,
    apply(files: Files) {
      const candidates = [...files.keys()]
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .flatMap((file) => {
          const doc = parseFile(files, file);
          return nodes(doc)
            .filter(where)
            .map((n) => ({ file, doc, n }));
        });
      const chosen = pick(candidates, node);
      if (!chosen) return;
      change(chosen.doc, chosen.n, x);
      save(files, chosen.file, chosen.doc);
    },
  }));
}

/** Parses and re-serialises every YAML file, changing nothing else. */
export const ROUND_TRIP: Mutation = {
  label: 'roundTrip',
  apply(files) {
    for (const file of [...files.keys()].filter((f) => f.endsWith('.yaml'))) save(files, file, parseFile(files, file));
  },
};

const lastKey = (p: Path) => p[p.length - 1];
const inKey = (p: Path, key: string) => p.includes(key);
const isString = (n: { value: unknown }) => typeof n.value === 'string';
const REF_KEYS = ['participants', 'attendees', 'parties', 'org', 'parent', 'article'];
const isRef = (n: { path: Path; value: unknown }) =>
  isString(n) && REF_KEYS.some((k) => lastKey(n.path) === k || n.path[n.path.length - 2] === k);

export const IMPOSSIBLE_DATES = [
  '2025-02-30',
  '2025-13',
  '2024-00',
  '2024-00-10',
  '2025-02-29',
  '2023-04-31',
  '0000-01',
  '2025-2-4',
  '20250204',
  '2025/02/04',
  '2025-02-04T10:00:00Z',
  '',
  '9999999-01-01',
];

const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\u202e\u0000\u0007',
  '💥'.repeat(50),
  '{{constructor.constructor("x")()}}',
  '__proto__',
);
const bigOrEmpty = fc.constantFrom('', '   ', 'x'.repeat(100_000), '가'.repeat(34_000), 'y'.repeat(300_000));
const wrongType = fc.oneof(
  fc.constantFrom<unknown>(42, -1.5, true, null, [], {}, ['a', 1], { x: 1 }, 'text'),
  fc.jsonValue({ maxDepth: 2 }),
);

export const docMutations: fc.Arbitrary<Mutation>[] = [
  docMutation(
    'dropField',
    fc.constant(0),
    () => true,
    (doc, n) => deleteAt(doc, n.path),
  ),
  docMutation(
    'wrongType',
    wrongType,
    () => true,
    (doc, n, v) => setAt(doc, n.path, v),
  ),
  docMutation(
    'unknownRef',
    fc.constantFrom('nobody', 'Altman', 'altman ', 'no-such-article', '', 'openai/x'),
    isRef,
    (doc, n, v) => setAt(doc, n.path, v),
  ),
  docMutation(
    'cutQuote',
    fc.record({ cut: fc.integer({ min: 1, max: 20 }), how: fc.nat(4) }),
    (n) => isString(n) && (inKey(n.path, 'quotes') || lastKey(n.path) === 'quote'),
    (doc, n, { cut, how }) => {
      const q = n.value as string;
      const k = cut % Math.max(1, q.length);
      // A shortened quote may still be found (a prefix is in the text too); the others should not be.
      const altered = [q.slice(0, -cut), `${q.slice(0, k)}${q.slice(k + 1)}`, `${q.slice(0, k)}X${q.slice(k + 1)}`];
      altered.push(q.replace(/ /g, '  '), `${q} 그리고 덧붙인 말`);
      setAt(doc, n.path, altered[how]);
    },
  ),
  docMutation(
    'badDate',
    fc.constantFrom(...IMPOSSIBLE_DATES),
    (n) => lastKey(n.path) === 'date' || lastKey(n.path) === 'published',
    (doc, n, v) => setAt(doc, n.path, v),
  ),
  docMutation(
    'duplicateId',
    fc.nat(),
    (n) => lastKey(n.path) === 'id',
    (doc, n, other) => {
      const ids = nodes(doc).filter((m) => lastKey(m.path) === 'id' && m !== n);
      const target = pick(ids, other);
      if (target) setAt(doc, target.path, n.value);
      else if (isContainer(doc)) (doc as Container).id = n.value; // an article file: only one id
    },
  ),
  docMutation(
    'duplicateRecord',
    fc.constant(0),
    (n) => isContainer(n.value) && typeof (n.value as Container).id === 'string' && typeof lastKey(n.path) === 'number',
    (doc, n) => {
      const list = n.path.slice(0, -1).reduce((v: unknown, k) => (v as Container)[k], doc) as unknown[];
      list.push(structuredClone(n.value));
    },
  ),
  docMutation('bigOrEmpty', bigOrEmpty, isString, (doc, n, v) => setAt(doc, n.path, v)),
  docMutation('hostileText', hostile, isString, (doc, n, v) => setAt(doc, n.path, v)),
];
