// Name keys: case, width, spaces, hyphens and dots do not matter ("Chey Tae-won" = "cheytaewon").
const SEPARATOR = /[\s\-‐‑‒–—―·・•.,'’"()/&]/u;

export interface Key {
  /** Lowercased, separators removed. */
  norm: string;
  /** Indices in `norm` where a word of the original begins. */
  starts: number[];
}

export function toKey(text: string): Key {
  let norm = '';
  const starts: number[] = [];
  let wordStart = true;
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (SEPARATOR.test(ch)) {
      wordStart = true;
      continue;
    }
    if (wordStart) starts.push(norm.length);
    wordStart = false;
    norm += ch;
  }
  return { norm, starts };
}

export const normalizeQuery = (query: string) => toKey(query).norm;

/** 4 exact, 3 prefix, 2 at the start of a later word, 1 inside a word, -1 no match. */
export function matchScore(key: Key, q: string): number {
  let pos = key.norm.indexOf(q);
  if (pos < 0) return -1;
  if (pos === 0) return key.norm.length === q.length ? 4 : 3;
  while (pos >= 0) {
    if (key.starts.includes(pos)) return 2;
    pos = key.norm.indexOf(q, pos + 1);
  }
  return 1;
}
