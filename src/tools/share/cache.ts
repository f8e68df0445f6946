// Cards drawn by an earlier build, kept by a hash of what they show and of how cards are drawn: a build draws only
// the cards whose meeting changed. Kept in node_modules/.cache (as other build tools keep theirs); a build removes
// the cards no meeting uses any more.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MeetingCard } from './types';

export interface CardCache {
  /** The card's PNG when it was drawn before, else null. */
  get(key: string): Uint8Array | null;
  put(key: string, png: Uint8Array): void;
  /** Removes the cards that were not asked for since the cache was opened. */
  prune(): number;
}

const DESIGN_FILES = ['card.ts', 'text.ts', 'describe.ts', 'tags.ts'].map((f) => path.join(import.meta.dirname, f));

let design: string | null = null;
/** How cards are drawn: a change to the drawing code or its packages draws every card anew. */
function designHash(): string {
  if (design) return design;
  const h = createHash('sha256');
  for (const f of DESIGN_FILES) h.update(readFileSync(f));
  for (const pkg of ['@resvg/resvg-js', '@kfonts/nanum-gothic', 'fontkit'])
    h.update(readFileSync(path.join(import.meta.dirname, '../../../node_modules', pkg, 'package.json')));
  return (design = h.digest('hex'));
}

export const cardKey = (card: MeetingCard): string =>
  createHash('sha256').update(designHash()).update(JSON.stringify(card)).digest('hex').slice(0, 32);

export function cardCache(dir: string): CardCache {
  const used = new Set<string>();
  const file = (key: string) => path.join(dir, `${key}.png`);
  return {
    get(key) {
      used.add(key);
      try {
        return new Uint8Array(readFileSync(file(key)));
      } catch {
        return null;
      }
    },
    put(key, png) {
      used.add(key);
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file(key), png);
      } catch {
        // A cache that cannot be written only costs the next build time.
      }
    },
    prune() {
      let removed = 0;
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        return 0;
      }
      for (const name of names)
        if (/^[0-9a-f]{32}\.png$/.test(name) && !used.has(name.slice(0, 32))) {
          rmSync(path.join(dir, name), { force: true });
          removed++;
        }
      return removed;
    },
  };
}

/** For tests and one-off runs: nothing kept. */
export const noCache: CardCache = { get: () => null, put: () => undefined, prune: () => 0 };
