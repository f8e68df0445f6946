// Stage 1: list the source files of a data dir, sorted, so every later stage sees them in one fixed order.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, type ArticleFiles, type Collected, type Collection, type FileRef, type Problem } from './types';

const byRel = (a: FileRef, b: FileRef) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);

function ref(dataDir: string, rel: string): FileRef {
  const abs = path.resolve(dataDir, rel);
  return { abs, rel, display: displayPath(abs) };
}

/** Paths in problems are relative to the cwd, with forward slashes, like an editor's "go to file". */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.'))
    .map((d) => (d.isDirectory() ? d.name + '/' : d.name))
    .sort();
}

const at1 = (file: FileRef, message: string): Problem => ({ file: file.display, line: 1, column: 1, message });

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

  const top = new Set(listFiles(dataDir));
  for (const c of COLLECTIONS) {
    if (top.has(`${c}.yaml`)) collections[c].push(ref(dataDir, `${c}.yaml`));
    if (top.has(`${c}.yml`)) problems.push(at1(ref(dataDir, `${c}.yml`), `name it "${c}.yaml": only .yaml is read`));
    if (!top.has(`${c}/`)) continue;
    for (const name of listFiles(path.join(dataDir, c))) {
      const file = ref(dataDir, `${c}/${name.replace(/\/$/, '')}`);
      if (name.endsWith('.yaml')) collections[c].push(file);
      else problems.push(at1(file, `not a YAML file: only ${c}/*.yaml files are read`));
    }
  }

  if (top.has('articles/')) {
    const names = listFiles(path.join(dataDir, 'articles'));
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
