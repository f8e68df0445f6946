// Writes a synthetic set as source files, split into several YAML files per collection like a large real set.
// Scalars are JSON strings, which YAML reads as double-quoted scalars: no escaping rules of our own.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SynthSet } from './model';

/** Records per YAML file. */
const CHUNK = 5000;

/** Block-style YAML of plain data (objects, arrays, strings, numbers) with every scalar JSON-quoted. */
export function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []\n';
    if (value.every((v) => typeof v !== 'object')) return ` [${value.map((v) => JSON.stringify(v)).join(', ')}]\n`;
    return '\n' + value.map((v) => `${indent}- ${toYaml(v, indent + '  ').replace(/^\n\s*/, '')}`).join('');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return ' {}\n';
    return '\n' + entries.map(([k, v]) => `${indent}${k}:${toYaml(v, indent + '  ')}`).join('');
  }
  return ` ${JSON.stringify(value)}\n`;
}

function writeChunks(dir: string, key: string, records: unknown[]): number {
  let files = 0;
  for (let i = 0; i < records.length || i === 0; i += CHUNK) {
    const name = `${String(files + 1).padStart(3, '0')}.yaml`;
    writeFileSync(path.join(dir, key, name), `${key}:${toYaml(records.slice(i, i + CHUNK), '  ')}`);
    files++;
  }
  return files;
}

export function writeSynthSet(outDir: string, set: SynthSet): { files: number } {
  rmSync(outDir, { recursive: true, force: true });
  for (const sub of ['articles', 'people', 'organizations', 'meetings', 'agreements'])
    mkdirSync(path.join(outDir, sub), { recursive: true });
  let files = 0;
  files += writeChunks(outDir, 'people', set.people);
  files += writeChunks(outDir, 'organizations', set.organizations);
  files += writeChunks(outDir, 'meetings', set.meetings);
  files += writeChunks(outDir, 'agreements', set.agreements);
  for (const a of set.articles) {
    writeFileSync(path.join(outDir, 'articles', `${a.meta.id}.yaml`), toYaml(a.meta).replace(/^\n/, ''));
    writeFileSync(path.join(outDir, 'articles', `${a.meta.id}.txt`), a.text);
    files += 2;
  }
  return { files };
}
