// Query cost at 20,000 entities: `npx tsx src/core/search/search.bench.ts`.
import { makeGraph } from '../../testing/graphs';
import { buildIndex } from '../graph';
import { createSearch } from './search';

const SURNAMES = [
  ['김', 'Kim'],
  ['이', 'Lee'],
  ['박', 'Park'],
  ['최', 'Choi'],
  ['정', 'Jung'],
  ['조', 'Cho'],
];
const GIVEN = [
  ['태', 'Tae'],
  ['원', 'won'],
  ['재', 'Jae'],
  ['용', 'yong'],
  ['성', 'sung'],
  ['민', 'Min'],
  ['준', 'jun'],
];
let seed = 1;
const pick = <T>(xs: T[]) => xs[(seed = (seed * 16807) % 2147483647) % xs.length];

const orgs = Array.from({ length: 2000 }, (_, i) => ({
  id: `org${i}`,
  ko: `기업${i}`,
  en: `${pick(['Samsung', 'SK', 'Kakao', 'Naver', 'LG'])} Unit ${i}`,
}));
const people = Array.from({ length: 18000 }, (_, i) => {
  const [s, g1, g2] = [pick(SURNAMES), pick(GIVEN), pick(GIVEN)];
  return {
    id: `p${i}`,
    ko: s[0] + g1[0] + g2[0],
    en: `${s[1]} ${g1[1]}-${g2[1].toLowerCase()}`,
    aliases: [`${g1[1]} ${s[1]}`],
    orgs: [`org${i % 2000}`],
  };
});
const index = buildIndex(makeGraph({ validate: false, orgs, people }));
let t = performance.now();
const { search } = createSearch(index);
console.log(`${index.graph.entities.length} entities; createSearch ${(performance.now() - t).toFixed(1)} ms`);
for (const q of ['최태', 'chey', 'cheytae', 'kim tae', 'samsung', 'a', '원', 'zzz']) {
  for (let i = 0; i < 5; i++) search(q, 10); // warm up
  const runs = 50;
  t = performance.now();
  for (let i = 0; i < runs; i++) search(q, 10);
  console.log(
    `  "${q}": ${((performance.now() - t) / runs).toFixed(2)} ms/query, top: ${search(q, 3)
      .map((h) => h.id)
      .join(', ')}`,
  );
}
