// Changes to a data folder, all or nothing. Before any file is replaced, a journal holding every file's previous
// bytes is written whole (a folder renamed into place); the files are then replaced one by one, each atomically;
// removing the journal is the moment the change is final. A run killed at any point leaves either no journal (the
// folder is as before, or as after) or a whole one, which the next run rolls back: never a folder in between.
// One change at a time: a lock file names the process that holds the folder.
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { replaceFile } from './files';

/** A file's new bytes, or null to remove it; `file` is relative to the data folder. */
export interface FileChange {
  file: string;
  bytes: Uint8Array | null;
}

const JOURNAL = '.apply-journal';
const LOCK = '.apply.lock';
const BREAKER = '.apply.lock.break';

interface JournalEntry {
  file: string;
  /** The backup's name inside the journal, or null when the file did not exist. */
  backup: string | null;
}

/** Names of the steps, for tests that stop the process at each one. */
export type Step = 'journal' | `replaced:${string}` | 'done';

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every system can fsync a folder; the renames are still atomic.
  }
}

/** Rolls back a change that was interrupted; says so, or returns null when there was none. */
export function recover(dataDir: string): string | null {
  // A journal that was never renamed into place was never in force: nothing had been replaced.
  for (const stale of [`${JOURNAL}.new`, `${JOURNAL}.old`])
    rmSync(path.join(dataDir, stale), { recursive: true, force: true });
  const dir = path.join(dataDir, JOURNAL);
  if (!existsSync(dir)) return null;
  const entries = JSON.parse(readFileSync(path.join(dir, 'journal.json'), 'utf8')) as JournalEntry[];
  for (const e of entries) {
    const target = path.join(dataDir, e.file);
    if (e.backup === null) rmSync(target, { force: true });
    else replaceFile(target, readFileSync(path.join(dir, e.backup)));
  }
  fsyncDir(dataDir);
  finish(dataDir);
  return `an earlier change to ${dataDir}/ was interrupted; ${entries.length} file(s) are back as they were before it`;
}

/** Drops the journal: renamed away first, so that a half-removed journal is never taken for one in force. */
function finish(dataDir: string): void {
  const old = path.join(dataDir, `${JOURNAL}.old`);
  renameSync(path.join(dataDir, JOURNAL), old);
  fsyncDir(dataDir);
  rmSync(old, { recursive: true, force: true });
}

/** Applies every change or none; `step` is called after each stage (tests stop the process there). */
export function commit(dataDir: string, changes: FileChange[], step: (s: Step) => void = () => undefined): void {
  const fresh = path.join(dataDir, `${JOURNAL}.new`);
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh);
  const entries: JournalEntry[] = changes.map((c, i) => {
    const target = path.join(dataDir, c.file);
    if (!existsSync(target)) return { file: c.file, backup: null };
    writeFileSync(path.join(fresh, `${i}.bak`), readFileSync(target));
    return { file: c.file, backup: `${i}.bak` };
  });
  writeFileSync(path.join(fresh, 'journal.json'), JSON.stringify(entries));
  fsyncDir(fresh);
  renameSync(fresh, path.join(dataDir, JOURNAL));
  fsyncDir(dataDir);
  step('journal');
  try {
    for (const c of changes) {
      const target = path.join(dataDir, c.file);
      if (c.bytes === null) rmSync(target, { force: true });
      else replaceFile(target, c.bytes);
      step(`replaced:${c.file}`);
    }
    fsyncDir(dataDir);
  } catch (e) {
    recover(dataDir);
    throw e;
  }
  finish(dataDir);
  step('done');
}

export interface Lock {
  release(): void;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function holder(file: string): { pid: number; since: string } | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { pid: number; since: string };
  } catch {
    return null;
  }
}

/**
 * Holds the data folder for one change, or says who holds it. A lock whose process is gone (killed) is taken
 * over. Time-based locks (proper-lockfile) are not used: a compile of a large archive keeps the event loop busy
 * for longer than their staleness window, and the lock would be stolen from a live process.
 */
export function lockData(dataDir: string): Lock | { heldBy: string } {
  const file = path.join(dataDir, LOCK);
  const mine = JSON.stringify({ pid: process.pid, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, mine, { flag: 'wx' });
      return {
        release: () => {
          if (readFileSync(file, 'utf8') === mine) rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const held = holder(file);
    if (held && alive(held.pid)) return { heldBy: `process ${held.pid}, since ${held.since}` };
    // Taking over a dead process's lock: one taker at a time, and only if it is still the same dead lock.
    const breaker = path.join(dataDir, BREAKER);
    try {
      writeFileSync(breaker, mine, { flag: 'wx' });
    } catch {
      const other = holder(breaker);
      if (other && alive(other.pid)) return { heldBy: `process ${other.pid}, since ${other.since}` };
      rmSync(breaker, { force: true });
      continue;
    }
    try {
      const again = holder(file);
      if (!again || !alive(again.pid)) rmSync(file, { force: true });
    } finally {
      rmSync(breaker, { force: true });
    }
  }
  return { heldBy: 'another process (the lock could not be taken)' };
}

/** Whether a change to the folder was interrupted and not yet rolled back. */
export const interrupted = (dataDir: string) => existsSync(path.join(dataDir, JOURNAL));
