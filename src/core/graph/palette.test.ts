import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphOf } from '../../testing/graphs';
import { buildIndex } from './build';
import { assignSwatches, buildPalette, swatchStyle, SWATCHES } from './palette';

const shipped = graphOf(readFileSync('public/data/graph.json', 'utf8'));

describe('colours of organisations', () => {
  it('keeps the swatches it was given, and gives new organisations the lowest free ones, biggest first', () => {
    const kept = new Map([
      ['samsung', 0],
      ['sk', 1],
    ]);
    const groups = [
      { org: 'sk', people: 1, articles: 1 },
      { org: 'samsung', people: 1, articles: 1 },
      // A newcomer with more people than either does not take their colours.
      { org: 'newco', people: 9, articles: 9 },
      { org: 'small', people: 1, articles: 2 },
    ];
    expect(assignSwatches(groups, kept)).toEqual(
      new Map([
        ['sk', 1],
        ['samsung', 0],
        ['newco', 2],
        ['small', 3],
      ]),
    );
  });

  it('tells every one of the first 21 swatches apart by colour or shape', () => {
    const looks = new Set(Array.from({ length: SWATCHES }, (_, i) => JSON.stringify(swatchStyle(i))));
    expect(looks.size).toBe(SWATCHES);
    expect(swatchStyle(SWATCHES)).toEqual(swatchStyle(undefined));
  });

  it('tells apart every organisation of the people in the shipped data, none of them grey "Other"', () => {
    const palette = buildPalette(buildIndex(shipped));
    const groups = new Set([...shipped.entities].flatMap((e) => (e.kind === 'person' && e.group ? [e.group] : [])));
    const looks = new Set([...groups].map((g) => JSON.stringify(palette.swatchOf(g))));
    expect(looks.size).toBe(groups.size);
    expect(palette.groups.filter((g) => g.org === null)).toEqual([]);
    // Kakao, Krafton and the President's office were grey while one-person organisations had colours.
    for (const org of ['kakao', 'krafton', 'office-of-the-president', 'kolon', 'lg-electronics'])
      expect(palette.colorOf(org)).not.toBe(swatchStyle(undefined).color);
  });
});
