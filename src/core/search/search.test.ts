import { describe, expect, it } from 'vitest';
import { makeGraph } from '../../testing/graphs';
import { buildIndex } from '../graph';
import { createSearch } from './search';
import { matchScore, toKey } from './utils';

const { search } = createSearch(
  buildIndex(
    makeGraph({
      orgs: [
        { id: 'samsung', ko: '삼성', en: 'Samsung Group' },
        { id: 'samsung-electronics', ko: '삼성전자', en: 'Samsung Electronics', parent: 'samsung' },
        { id: 'sk', ko: 'SK그룹', en: 'SK Group', aliases: ['SK'] },
      ],
      people: [
        { id: 'chey-tae-won', ko: '최태원', en: 'Chey Tae-won', aliases: ['Chey Tae-won (SK)'], orgs: ['sk'] },
        { id: 'choi-tae-sung', ko: '최태성', en: 'Choi Tae-sung' },
        { id: 'lee-jae-yong', ko: '이재용', en: 'Lee Jae-yong', orgs: ['samsung-electronics'] },
        { id: 'sam-altman', ko: '샘 올트먼', en: 'Sam Altman' },
        { id: 'samsung-kim', ko: '김삼성', en: 'Kim Samsung' },
      ],
      meetings: [{ id: 'm', date: '2024-06', participants: ['chey-tae-won', 'sam-altman'] }],
    }),
  ),
);
const ids = (q: string, limit?: number) => search(q, limit).map((h) => h.id);

describe('toKey', () => {
  it('drops case, spaces and hyphens and remembers where words start', () => {
    expect(toKey('Chey Tae-won')).toEqual({ norm: 'cheytaewon', starts: [0, 4, 7] });
    expect(matchScore(toKey('Chey Tae-won'), 'tae')).toBe(2);
    expect(matchScore(toKey('Chey Tae-won'), 'aew')).toBe(1);
    expect(matchScore(toKey('SK'), 'sk')).toBe(4);
    expect(matchScore(toKey('SK'), 'x')).toBe(-1);
  });
});

describe('search', () => {
  it('finds Korean names by their beginning', () => {
    expect(ids('최태')).toEqual(['chey-tae-won', 'choi-tae-sung']);
    expect(ids('태원')).toEqual(['chey-tae-won']);
    expect(search('최태원')[0]).toMatchObject({ id: 'chey-tae-won', match: 'exact', matched: '최태원' });
  });

  it('finds English names ignoring case, spaces and hyphens', () => {
    expect(ids('chey')).toEqual(['chey-tae-won']);
    expect(ids('CHEYTAE')).toEqual(['chey-tae-won']);
    expect(ids('tae won')).toEqual(['chey-tae-won']);
    expect(ids('  ')).toEqual([]);
  });

  it('ranks exact over prefix over word over substring, people first on ties, then affiliations', () => {
    expect(search('samsung').map((h) => [h.id, h.match])).toEqual([
      ['samsung', 'prefix'],
      ['samsung-electronics', 'prefix'],
      ['samsung-kim', 'word'],
      ['lee-jae-yong', 'affiliation'],
    ]);
    expect(search('samsung').find((h) => h.id === 'lee-jae-yong')?.via).toBe('samsung');
    expect(ids('sam')).toEqual(['sam-altman', 'samsung', 'samsung-electronics', 'samsung-kim', 'lee-jae-yong']);
    expect(ids('tae')).toEqual(['chey-tae-won', 'choi-tae-sung']); // same rank: more meetings first
    expect(ids('삼성')[0]).toBe('samsung');
  });

  it('honours the limit', () => {
    expect(ids('sam', 2)).toEqual(['sam-altman', 'samsung']);
    expect(ids('sam', 0)).toEqual([]);
  });
});
