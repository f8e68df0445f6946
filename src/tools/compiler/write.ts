// Writes the output only when its bytes change, atomically: readers never see a half-written graph.json.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** 'missing', 'same' or 'different': compares bytes, and reads the file only when the sizes agree. */
export function compareWithFile(file: string, bytes: Uint8Array): 'missing' | 'same' | 'different' {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return 'missing';
  }
  if (size !== bytes.length) return 'different';
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).equals(readFileSync(file)) ? 'same' : 'different';
}

export function writeIfChanged(file: string, content: string | Uint8Array): 'written' | 'unchanged' {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (compareWithFile(file, bytes) === 'same') return 'unchanged';
  const dir = path.dirname(path.resolve(file));
  mkdirSync(dir, { recursive: true });
  // Same directory as the target, so the rename stays on one file system and is atomic.
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
  return 'written';
}
