// Mutations at the byte level: broken UTF-8, YAML syntax errors, files that are not YAML, missing and stray files.
import fc from 'fast-check';
import type { Mutation } from './doc-mutators';
import { encode, type Files } from './tree';

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const start = bytes.length ? at % (bytes.length + 1) : 0;
  const out = new Uint8Array(bytes.length - Math.min(remove, bytes.length - start) + insert.length);
  out.set(bytes.subarray(0, start));
  out.set(insert, start);
  out.set(bytes.subarray(Math.min(bytes.length, start + remove)), start + insert.length);
  return out;
}

/** The offset of the start of line `n` (modulo the line count). */
function lineStart(bytes: Uint8Array, n: number): number {
  const starts = [0];
  bytes.forEach((b, i) => b === 0x0a && i + 1 < bytes.length && starts.push(i + 1));
  return starts[n % starts.length];
}

function fileMutation<T>(
  name: string,
  extra: fc.Arbitrary<T>,
  where: (file: string) => boolean,
  change: (files: Files, file: string, extra: T, at: number) => void,
): fc.Arbitrary<Mutation> {
  return fc.record({ file: fc.nat(), at: fc.nat(), extra }).map(({ file, at, extra: x }) => ({
    label: `${name}(file ${file}, at ${at}, ${JSON.stringify(x instanceof Uint8Array ? [...x] : x)?.slice(0, 60)})`,
    apply(files: Files) {
      const f = pick([...files.keys()].filter(where).sort(), file);
      if (f) change(files, f, x, at);
    },
  }));
}

const any = () => true;
const isYaml = (f: string) => f.endsWith('.yaml');

export const INVALID_UTF8 = [[0xff], [0xc3], [0xe0, 0x80], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80]];

/** Nested aliases that expand to 9^5 nodes ("billion laughs"). */
export const LAUGHS = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcde'.split('')]
  .map((k, i, all) =>
    i === 0
      ? k
      : `${k}: &${k} [${Array(9)
          .fill(`*${all[i - 1][0]}`)
          .join(', ')}]`,
  )
  .join('\n')
  .concat('\n');

const SYNTAX_ERRORS = [
  '  - [\n',
  ': :\n',
  '\t- tab\n',
  '"unterminated\n',
  "key: 'open\n",
  '{\n',
  'a: b: c\n',
  '---\n',
  '*undefined_alias\n',
  '!!binary ~\n',
  '? [complex]\n',
  '%YAML 9.9\n',
  '__proto__: { polluted: 1 }\n',
  '<<: *nothing\n',
  'id: twice\nid: again\n',
  '      deeply: indented\n',
  'x: *nothing\n',
  LAUGHS,
];

const NOT_YAML = fc.oneof(
  fc.constantFrom('[1, 2, 3]\n', '{"people": 1}\n', 'hello\n', '42\n', '', '~\n', '- a\n- b\n', 'null\n', '\ufeff'),
  fc.uint8Array({ minLength: 1, maxLength: 512 }).map((b) => b),
);

export const byteMutations: fc.Arbitrary<Mutation>[] = [
  fileMutation('invalidUtf8', fc.constantFrom(...INVALID_UTF8), any, (files, f, bad, at) =>
    files.set(f, splice(files.get(f)!, at, 0, Uint8Array.from(bad))),
  ),
  fileMutation('syntaxError', fc.constantFrom(...SYNTAX_ERRORS), isYaml, (files, f, text, at) => {
    const bytes = files.get(f)!;
    files.set(f, splice(bytes, lineStart(bytes, at), 0, encode(text)));
  }),
  fileMutation('notYaml', NOT_YAML, isYaml, (files, f, content) =>
    files.set(f, typeof content === 'string' ? encode(content) : content),
  ),
  fileMutation(
    'deleteText',
    fc.constant(0),
    (f) => f.endsWith('.txt'),
    (files, f) => files.delete(f),
  ),
  fileMutation('deleteFile', fc.constant(0), any, (files, f) => files.delete(f)),
  fileMutation('truncate', fc.constant(0), any, (files, f, _x, at) => {
    const bytes = files.get(f)!;
    files.set(f, bytes.slice(0, at % (bytes.length + 1)));
  }),
  fileMutation('flipByte', fc.integer({ min: 1, max: 255 }), any, (files, f, mask, at) => {
    const bytes = files.get(f)!.slice();
    if (bytes.length) bytes[at % bytes.length] ^= mask;
    files.set(f, bytes);
  }),
  fileMutation(
    'strayFile',
    fc.constantFrom('people.yml', 'articles/notes.md', 'articles/orphan.txt', 'meetings/extra.json', 'articles/x.yaml'),
    any,
    (files, _f, name) => files.set(name, encode('id: x\n')),
  ),
];
