import { describe, expect, it } from 'vitest';
import { makeGraph } from '../../testing/graphs';
import { drawnAsNode } from './marks';
import { parsePairId, parseSpokeId } from './ids';
import { buildIndex } from './build';

describe('marks', () => {
  const index = buildIndex(
    makeGraph({
      orgs: [{ id: 'o' }, { id: 'p' }],
      people: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      meetings: [
        { id: 'first', date: '2024-01-01', participants: ['b', 'a'] },
        { id: 'second', date: '2024-02-01', participants: ['a', 'b'] },
        { id: 'lunch', date: '2024-03-01', participants: ['a', 'b', 'c'] },
        { id: 'talk', date: '2024-04-01', participants: ['c'] },
      ],
      agreements: [{ id: 'mou', date: '2024-05-01', parties: ['p', 'o'] }],
    }),
  );
  const marks = index.marks();

  it('draws all of a pair’s meetings alone as one line, and any other meeting as a node with spokes', () => {
    expect(marks.byId.get('met:a:b')).toEqual({
      kind: 'pair',
      id: 'met:a:b',
      source: 'a',
      target: 'b',
      meetings: ['first', 'second'],
    });
    expect(marks.of('second')).toEqual(['met:a:b']);
    expect(marks.of('lunch')).toEqual(['mtg:lunch', 'spk:lunch:a', 'spk:lunch:b', 'spk:lunch:c']);
    expect(marks.of('talk')).toEqual(['mtg:talk', 'spk:talk:c']);
    expect(marks.of('mou')).toEqual(['agr:o:p']);
    expect(marks.of('nothing')).toEqual([]);
  });

  it('reads back what an id stands for', () => {
    expect(parsePairId('met:a:b')).toEqual({ a: 'a', b: 'b' });
    expect(parsePairId('met:a:a')).toBeNull();
    expect(parsePairId('agr:o:p')).toBeNull();
    expect(parseSpokeId('spk:lunch:a')).toEqual({ meeting: 'lunch', person: 'a' });
    expect(parseSpokeId('met:a:b')).toBeNull();
    expect(marks.byId.get('spk:lunch:c')).toMatchObject({ kind: 'spoke', id: 'spk:lunch:c', meeting: 'lunch' });
    expect(marks.indexOf('spk:lunch:x')).toBeUndefined();
    expect(drawnAsNode(['a', 'a', 'b'])).toBe(false);
    expect(drawnAsNode(['a'])).toBe(true);
  });
});
