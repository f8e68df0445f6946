// Stage 1: list the source files of a data dir, sorted, so every later stage sees them in one fixed order.
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../common/files';
import { interrupted } from '../../common/transaction';

export { displayPath };
import { COLLECTIONS, type ArticleFiles, type Collected, type Collection, type FileRef, type Problem } from './types';

const byRel = (a: FileRef, b: FileRef) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);

function ref(dataDir: string, rel: string): FileRef {
  const abs = path.resolve(dataDir, rel);
  return { abs, rel, display: displayPath(abs) };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.'))
    .map((d) => (d.isDirectory() ? d.name + '/' : d.name))
    .sort();
}

const at1 = (file: FileRef, message: string): Problem => ({ file: file.display, line: 1, column: 1, message });

/**
 * Why a listed entry cannot be read as a data file, or null when it is a plain file inside the data dir. Links are
 * followed only to files inside it (a link elsewhere would quote that file into graph.json); anything but a plain
 * file (a folder, a pipe, a device) is named, never opened: reading a pipe would wait forever.
 */
function unreadable(root: string, file: FileRef): string | null {
  let target = file.abs;
  try {
    if (lstatSync(file.abs).isSymbolicLink()) {
      try {
        target = realpathSync(file.abs);
      } catch {
        return 'is a link to a file that does not exist: remove it, or put the file itself here';
      }
      const inside = path.relative(root, target);
      if (inside.startsWith('..') || path.isAbsolute(inside))
        return `is a link to ${target}, outside the data folder: copy the file into it instead`;
    }
    const st = statSync(target);
    if (st.isDirectory()) return 'is a folder, not a file: a data file must be a plain file';
    if (!st.isFile()) return 'is not a plain file (a pipe, socket or device): only plain files are read';
  } catch (e) {
    return `could not be examined (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): run the compile again`;
  }
  return null;
}

const EXPECTED = [...COLLECTIONS.map((c) => `${c}.yaml`), 'articles/'];

/** "did you mean meetings.yaml?" for a name one letter, an "s" or a case away from an expected one. */
function suggestion(name: string): string {
  const bare = (n: string) =>
    n
      .toLowerCase()
      .replace(/\/$/, '')
      .replace(/\.ya?ml$/, '')
      .replace(/s$/, '');
  const near = EXPECTED.find((e) => bare(e) === bare(name));
  return near ? `: did you mean ${near}?` : '';
}

export function collect(dataDir: string): Collected {
  const problems: Problem[] = [];
  const collections = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as FileRef[]])) as Record<Collection, FileRef[]>;
  const articles: ArticleFiles[] = [];
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    problems.push({
      file: displayPath(path.resolve(dataDir)),
      line: 1,
      column: 1,
      message: 'data directory not found',
    });
    return { all: [], articles, collections, problems };
  }

  const root = realpathSync(dataDir);
  if (interrupted(dataDir))
    problems.push({
      file: displayPath(path.resolve(dataDir)),
      line: 1,
      column: 1,
      message:
        'an apply of a draft was interrupted and the folder may be half-changed: run npm run ingest -- --recover ' +
        `--data ${displayPath(path.resolve(dataDir))} to put it back as it was, then compile again`,
    });
  // Entries that are not plain files inside the data dir are problems, and are not read.
  const usable = (file: FileRef) => {
    const why = unreadable(root, file);
    if (why) problems.push(at1(file, `${path.basename(file.rel)} ${why}`));
    return why === null;
  };
  const top = new Set(listFiles(dataDir));
  // drafts/ holds the ingest assistant's drafts, which are not data until applied.
  const known = new Set([...COLLECTIONS.flatMap((c) => [`${c}.yaml`, `${c}.yml`, `${c}/`]), 'articles/', 'drafts/']);
  for (const name of top) {
    if (known.has(name)) continue;
    const file = ref(dataDir, name.replace(/\/$/, ''));
    // A folder named like a data file is named as such below, as that file.
    if (name.endsWith('/') && known.has(name.slice(0, -1))) continue;
    const expected = `${EXPECTED.slice(0, -1).join(', ')} and ${EXPECTED[EXPECTED.length - 1]}`;
    problems.push(
      at1(
        file,
        `unexpected ${name.endsWith('/') ? 'folder' : 'file'} in the data folder${suggestion(name)} (it holds ${expected})`,
      ),
    );
  }
  for (const c of COLLECTIONS) {
    if (!top.has(`${c}.yaml`) && !top.has(`${c}/`) && !top.has(`${c}.yml`)) {
      const what = top.has(`${c}.yaml/`) ? `${c}.yaml is a folder, not a file` : `${c}.yaml is missing`;
      problems.push({
        file: displayPath(path.resolve(dataDir, `${c}.yaml`)),
        line: 1,
        column: 1,
        message: `${what}: every data folder has ${c}.yaml (write "${c}: []" when there are none)`,
      });
    }
    if (top.has(`${c}.yaml`) && usable(ref(dataDir, `${c}.yaml`))) collections[c].push(ref(dataDir, `${c}.yaml`));
    if (top.has(`${c}.yml`)) problems.push(at1(ref(dataDir, `${c}.yml`), `name it "${c}.yaml": only .yaml is read`));
    if (!top.has(`${c}/`)) continue;
    for (const name of listFiles(path.join(dataDir, c))) {
      const file = ref(dataDir, `${c}/${name.replace(/\/$/, '')}`);
      if (name.endsWith('.yaml')) {
        if (usable(file)) collections[c].push(file);
      } else problems.push(at1(file, `not a YAML file: only ${c}/*.yaml files are read`));
    }
  }

  if (!top.has('articles/'))
    problems.push({
      file: displayPath(path.resolve(dataDir, 'articles')),
      line: 1,
      column: 1,
      message: 'articles/ is missing: every data folder has articles/ with <id>.yaml and <id>.txt for each article',
    });
  else {
    const names = listFiles(path.join(dataDir, 'articles')).filter((n) => {
      const plain = n.replace(/\/$/, '');
      return !/\.(yaml|txt)$/.test(plain) || usable(ref(dataDir, `articles/${plain}`));
    });
    const present = new Set(names);
    for (const name of names) {
      const file = ref(dataDir, `articles/${name.replace(/\/$/, '')}`);
      if (name.endsWith('.yaml')) {
        const id = name.slice(0, -'.yaml'.length);
        const txt = present.has(`${id}.txt`) ? ref(dataDir, `articles/${id}.txt`) : null;
        articles.push({ id, yaml: file, txt });
      } else if (name.endsWith('.txt')) {
        const id = name.slice(0, -'.txt'.length);
        if (!present.has(`${id}.yaml`))
          problems.push(at1(file, `article text without metadata: add articles/${id}.yaml`));
      } else {
        problems.push(at1(file, 'not an article file: only articles/<id>.yaml and articles/<id>.txt are read'));
      }
    }
  }

  const all = [
    ...articles.flatMap((a) => (a.txt ? [a.yaml, a.txt] : [a.yaml])),
    ...COLLECTIONS.flatMap((c) => collections[c]),
  ].sort(byRel);
  return { all, articles, collections, problems };
}
