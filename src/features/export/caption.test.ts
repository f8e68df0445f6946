import { describe, expect, it } from 'vitest';
import { captionLayout, LEGEND_PX, wrapText, type Caption, type Measure } from './caption';
import { SHAPES } from '../../core/graph';

/** About a system font's widths: Hangul is square, Latin about half as wide, bold a little wider. */
const measure: Measure = (text, size, bold) =>
  [...text].reduce((w, ch) => w + (/[가-힣]/.test(ch) ? 1 : 0.55) * size * (bold ? 1.06 : 1), 0);

const OUTLETS = ['Metro Seoul', 'Seoul Economic Daily', 'NewsWay', 'The Kyunghyang Shinmun', 'TechM'];
const caption = (legend: number, long = false): Caption => ({
  title: long ? `Meeting Graph — ${'A very long meeting title '.repeat(6)}` : 'Meeting Graph',
  subtitle: 'Feb 2025',
  legend: Array.from({ length: legend }, (_, i) => ({
    color: `#00000${i % 10}`,
    shape: SHAPES[i % SHAPES.length],
    label: i % 3 === 1 ? 'GS Engineering & Construction' : `Org ${i}`,
  })),
  sources: long
    ? `Sources: 5 articles (${OUTLETS.join(', ')}) · Meeting Graph`
    : 'Sources: 3 articles (Metro Seoul) · Meeting Graph',
});

const PAD = 24;
const texts = (at: ReturnType<typeof captionLayout>) => at.shapes.filter((s) => s.kind === 'text');

describe('the caption around a picture', () => {
  it('is one list of shapes: title, window, a dot and a name per legend entry, the sources', () => {
    const at = captionLayout({ width: 800, height: 500 }, caption(2), measure);
    expect(at.shapes.map((s) => (s.kind === 'text' ? s.text : 'dot'))).toEqual([
      'Meeting Graph',
      'Feb 2025',
      'dot',
      'Org 0',
      'dot',
      'GS Engineering & Construction',
      'Sources: 3 articles (Metro Seoul) · Meeting Graph',
    ]);
  });

  it('keeps every line inside the picture, measured, however long the sources and names', () => {
    for (const [width, n] of [
      [300, 1],
      [420, 9],
      [800, 9],
      [1600, 40],
    ]) {
      const at = captionLayout({ width, height: 400 }, caption(n, true), measure);
      expect(at.width).toBeGreaterThanOrEqual(Math.max(width, 640));
      for (const s of texts(at)) {
        expect(s.x, s.text).toBeGreaterThanOrEqual(PAD);
        expect(s.x + measure(s.text, s.size, s.bold), s.text).toBeLessThanOrEqual(at.width - PAD + 0.01);
        expect(s.y).toBeLessThan(at.height);
      }
      // Nothing is lost to the edge: the sources are all there, over as many lines as they need.
      const all = texts(at)
        .map((s) => s.text)
        .join(' ');
      for (const outlet of OUTLETS) expect(all).toContain(outlet);
    }
  });

  it('flows the legend in rows as wide as its names, no name running into the next', () => {
    const at = captionLayout({ width: 420, height: 300 }, caption(9), measure);
    const names = texts(at).filter((s) => s.size === LEGEND_PX && !s.text.startsWith('Sources'));
    expect(names).toHaveLength(9);
    for (const a of names)
      for (const b of names)
        if (a !== b && a.y === b.y && a.x < b.x) expect(a.x + measure(a.text, a.size)).toBeLessThan(b.x);
  });

  it('puts the graph between the caption’s heading and its legend, centred across the picture', () => {
    for (const width of [200, 600, 900]) {
      const at = captionLayout({ width, height: 400 }, caption(12, true), measure);
      const g = at.graph;
      expect(g.left + g.width / 2).toBeCloseTo(at.width / 2, 5);
      for (const s of at.shapes) {
        const top = s.kind === 'dot' ? s.y - s.r : s.y - s.size;
        const bottom = s.kind === 'dot' ? s.y + s.r : s.y + s.size * 0.3;
        expect(bottom <= g.top || top >= g.top + g.height).toBe(true);
      }
    }
  });
});

describe('wrapText', () => {
  it('breaks at spaces, cuts a word too long for a line, and ends a cut text with an ellipsis', () => {
    const w: Measure = (s, size) => [...s].length * size * 0.5;
    expect(wrapText('가나 다라 마바', 10, 25, 3, w)).toEqual(['가나 다라', '마바']);
    expect(wrapText('가나다라마바사아', 10, 20, 3, w)).toEqual(['가나다라', '마바사아']);
    expect(wrapText('one two three four', 10, 40, 1, w)).toEqual(['one two…']);
  });
});
