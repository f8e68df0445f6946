// Stage 2: read and parse every collected file. Unreadable input becomes a problem, never an exception.
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load as fastLoad } from 'js-yaml';
import { readYaml } from '../../common/yaml';
import { fixedLocator, yamlLocator } from '../../common/locate';
import {
  COLLECTIONS,
  type Collected,
  type Collection,
  type FileRef,
  type Loaded,
  type LoadedYaml,
  type Problem,
} from './types';
import { decodeUtf8 } from '../../common/utf8';

export interface LoadResult extends Loaded {
  /** Every collected file's bytes, in the collected (sorted) order, for the source digest. */
  sources: { rel: string; bytes: Uint8Array }[];
}

/**
 * Data sets this large are parsed without positions first (positions are computed only for files with a
 * problem). Smaller sets, like the real data, go through `yaml` alone, the stricter parser.
 */
export const FAST_PARSE_MIN_TOTAL_BYTES = 4 * 1024 * 1024;

/** An alias (`*name`) where YAML allows one; plain text that merely looks like one only costs the slower parser. */
const MAYBE_ALIAS = /(?:^|[\s[{,:-])\*[^\s,[\]{}]/m;

function loadYaml(ref: FileRef, bytes: Uint8Array, problems: Problem[], fast: boolean): LoadedYaml {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { line, column, byte } = decoded;
    problems.push({
      file: ref.display,
      line,
      column,
      message: `not valid UTF-8 (byte ${byte}): save the file as UTF-8`,
    });
    return { ref, value: undefined, locator: fixedLocator(ref.display) };
  }
  // The fast parser (js-yaml, about 9× faster) reads YAML 1.2 core like `yaml` and gives the same values;
  // anything it rejects goes to `yaml`, whose errors carry exact positions.
  // js-yaml has no limit on aliases: a file that may hold one goes to `yaml`, which stops an alias bomb.
  if (fast && !MAYBE_ALIAS.test(decoded.text)) {
    try {
      const value = fastLoad(decoded.text, { schema: CORE_SCHEMA });
      return { ref, value, locator: yamlLocator(ref.display, bytes) };
    } catch {
      // fall through to the precise parser
    }
  }
  const read = readYaml(decoded.text);
  if (read.problems.length > 0) {
    for (const p of read.problems) problems.push({ file: ref.display, ...p });
    return { ref, value: undefined, locator: yamlLocator(ref.display, bytes, read.parsed) };
  }
  const value = read.value;
  // Positions are only needed for problems; dropping the document keeps memory flat on large sets.
  return { ref, value, locator: yamlLocator(ref.display, bytes) };
}

/** A file listed a moment ago that cannot be read now, said plainly with what to do. */
export function readFailure(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'could not be read: it was removed or renamed while the compiler ran; run the compile again';
    case 'EISDIR':
      return 'could not be read: it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'could not be read: permission denied; make the file readable';
    default:
      return `could not be read (${e.code ?? e.message})`;
  }
}

export function load(collected: Collected): LoadResult {
  const problems: Problem[] = [];
  const bytesOf = new Map<string, Uint8Array>();
  const unread = new Set<string>();
  for (const f of collected.all) {
    try {
      bytesOf.set(f.rel, readFileSync(f.abs));
    } catch (e) {
      problems.push({ file: f.display, line: 1, column: 1, message: readFailure(e as NodeJS.ErrnoException) });
      unread.add(f.rel);
      bytesOf.set(f.rel, new Uint8Array());
    }
  }
  // A file that could not be read is reported once, not again as empty YAML.
  const yamlOf = (f: FileRef): LoadedYaml =>
    unread.has(f.rel)
      ? { ref: f, value: undefined, locator: fixedLocator(f.display) }
      : loadYaml(f, bytesOf.get(f.rel)!, problems, fast);
  const sources = collected.all.map((f) => ({ rel: f.rel, bytes: bytesOf.get(f.rel)! }));
  const fast = sources.reduce((sum, f) => sum + f.bytes.length, 0) >= FAST_PARSE_MIN_TOTAL_BYTES;

  const articles = collected.articles.map((a) => {
    const meta = yamlOf(a.yaml);
    let text: string | null = null;
    if (!a.txt) {
      const { line, column } = meta.locator.locate(['id']);
      problems.push({
        file: a.yaml.display,
        line,
        column,
        message: `article "${a.id}": its text is missing: add articles/${a.id}.txt beside this file`,
      });
    } else if (!unread.has(a.txt.rel)) {
      const decoded = decodeUtf8(bytesOf.get(a.txt.rel)!);
      if (decoded.ok) text = decoded.text;
      else
        problems.push({
          file: a.txt.display,
          line: decoded.line,
          column: decoded.column,
          message: `article "${a.id}": text is not valid UTF-8 (byte ${decoded.byte}): save the file as UTF-8`,
        });
    }
    return { id: a.id, meta, text };
  });

  const collections = Object.fromEntries(COLLECTIONS.map((c) => [c, collected.collections[c].map(yamlOf)])) as Record<
    Collection,
    LoadedYaml[]
  >;
  return { articles, collections, problems, sources };
}
