// Finds people and organisations by any of their names, as a reader types. All keys live in one string, so a
// query is one indexOf scan instead of a loop over 20,000 entities.
import type { GraphIndex } from '../graph';
import type { MatchKind, Search, SearchHit } from './types';
import { normalizeQuery, toKey } from './utils';

const KINDS: MatchKind[] = ['affiliation', 'substring', 'word', 'prefix', 'exact'];

export function createSearch(index: GraphIndex): Search {
  const entities = index.graph.entities;
  const n = entities.length;
  const isOrg = Uint8Array.from(entities, (e) => (e.kind === 'organization' ? 1 : 0));
  const meetings = Int32Array.from(entities, (e) => index.meetingsOf(e.id).length);
  const entityIndex = new Map(entities.map((e, i) => [e.id, i]));

  const norms: string[] = [];
  const texts: string[] = [];
  const starts: number[][] = [];
  const owner: number[] = [];
  entities.forEach((e, i) => {
    for (const text of new Set([e.name.ko, e.name.en, ...e.aliases])) {
      const key = toKey(text);
      if (!key.norm) continue;
      norms.push(key.norm);
      texts.push(text);
      starts.push(key.starts);
      owner.push(i);
    }
  });
  // '\n' never survives normalisation, so a match cannot straddle two keys.
  const haystack = norms.join('\n');
  const keyStart = new Int32Array(norms.length + 1);
  for (let k = 0; k < norms.length; k++) keyStart[k + 1] = keyStart[k] + norms[k].length + 1;

  // People by organisation, through ancestors: "samsung" also finds who works at Samsung Electronics.
  const members = new Map<number, number[]>();
  entities.forEach((e, i) => {
    if (e.kind !== 'person') return;
    for (const org of index.orgsOf(e.id)) {
      const o = entityIndex.get(org)!;
      const list = members.get(o);
      if (list) list.push(i);
      else members.set(o, [i]);
    }
  });

  const mark = new Uint32Array(n);
  const best = new Int8Array(n);
  const bestKey = new Int32Array(n);
  const via = new Int32Array(n);
  let stamp = 0;

  // Better first: score, people before organisations, more meetings, shorter name, id.
  const cmp = (a: number, b: number) =>
    best[b] - best[a] ||
    isOrg[a] - isOrg[b] ||
    meetings[b] - meetings[a] ||
    norms[bestKey[a]].length - norms[bestKey[b]].length ||
    (entities[a].id < entities[b].id ? -1 : 1);

  return {
    search(query, limit = 10) {
      const q = normalizeQuery(query);
      if (!q || limit <= 0) return [];
      stamp++;
      const found: number[] = [];
      let k = 0;
      for (let pos = haystack.indexOf(q); pos >= 0; pos = haystack.indexOf(q, pos + 1)) {
        while (keyStart[k + 1] <= pos) k++;
        const local = pos - keyStart[k];
        const score = local === 0 ? (q.length === norms[k].length ? 4 : 3) : starts[k].includes(local) ? 2 : 1;
        const e = owner[k];
        if (mark[e] !== stamp) {
          mark[e] = stamp;
          found.push(e);
        } else if (score < best[e] || (score === best[e] && norms[k].length >= norms[bestKey[e]].length)) continue;
        best[e] = score;
        bestKey[e] = k;
      }
      if (found.length < limit) {
        for (const o of found.filter((e) => isOrg[e]).sort(cmp))
          for (const e of members.get(o) ?? []) {
            if (mark[e] === stamp) continue;
            mark[e] = stamp;
            found.push(e);
            best[e] = 0;
            bestKey[e] = bestKey[o];
            via[e] = o;
          }
      }
      // The best `limit`, kept sorted: cheaper than sorting every match of a one-letter query.
      const top: number[] = [];
      for (const e of found) {
        if (top.length === limit && cmp(e, top[limit - 1]) >= 0) continue;
        let lo = 0;
        let hi = top.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (cmp(top[mid], e) < 0) lo = mid + 1;
          else hi = mid;
        }
        top.splice(lo, 0, e);
        if (top.length > limit) top.pop();
      }
      return top.map((e) => {
        const hit: SearchHit = {
          id: entities[e].id,
          kind: entities[e].kind,
          score: best[e],
          match: KINDS[best[e]],
          matched: texts[bestKey[e]],
        };
        if (best[e] === 0) hit.via = entities[via[e]].id;
        return hit;
      });
    },
  };
}
