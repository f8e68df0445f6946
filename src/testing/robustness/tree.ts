// A data dir held in memory (relative posix path → bytes), so each fuzz case can be written to its own temp dir.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Files = Map<string, Uint8Array>;

export function readTree(dir: string, prefix = ''): Files {
  const files: Files = new Map();
  for (const d of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) for (const [k, v] of readTree(dir, rel)) files.set(k, v);
    else files.set(rel, new Uint8Array(readFileSync(path.join(dir, rel))));
  }
  return files;
}

export function writeTree(dir: string, files: Files): void {
  for (const [rel, bytes] of files) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, bytes);
  }
}

export const cloneTree = (files: Files): Files => new Map([...files].map(([k, v]) => [k, v.slice()]));

const encoder = new TextEncoder();
export const encode = (text: string): Uint8Array => encoder.encode(text);
export const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: false }).decode(bytes);
