// Files the tools write and name: written atomically and only when their bytes change, named as an editor's "go to
// file" does, and a failed write said plainly.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/** Paths in problems are relative to the cwd, with forward slashes, like an editor's "go to file". */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

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

/** Writes `bytes` to `file` through a temporary file beside it and a rename: readers see old or new, never half. */
export function replaceFile(file: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** A failed write, said plainly: which file, why, and what to do. */
export function writeFailure(e: NodeJS.ErrnoException): string {
  const where = e.path ? ` ${e.path}` : '';
  switch (e.code) {
    case 'ENOSPC':
      return `could not write${where}: the disk is full; free some space and compile again`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `could not write${where}: not allowed (${e.code}); check the folder's permissions`;
    default:
      return `could not write${where} (${e.code ?? e.message})`;
  }
}
