import { describe, expect, it } from 'vitest';
import { captionLayout, type Caption } from './caption';

const caption = (legend: number): Caption => ({
  title: 'Meeting Graph',
  subtitle: 'Feb 2025',
  legend: Array.from({ length: legend }, (_, i) => ({ color: `#00000${i % 10}`, label: `Org ${i}` })),
  sources: '3 articles',
});

describe('the caption around a picture', () => {
  it('is one list of shapes: title, window, a dot and a name per legend entry, the sources', () => {
    const at = captionLayout({ width: 800, height: 500 }, caption(2));
    expect(at.shapes.map((s) => (s.kind === 'text' ? s.text : 'dot'))).toEqual([
      'Meeting Graph',
      'Feb 2025',
      'dot',
      'Org 0',
      'dot',
      'Org 1',
      '3 articles',
    ]);
  });

  it('keeps every shape inside the picture and clear of the graph, however many legend rows', () => {
    for (const [width, n] of [
      [300, 1],
      [800, 9],
      [1600, 40],
    ]) {
      const graph = { width, height: 400 };
      const at = captionLayout(graph, caption(n));
      expect(at.width).toBeGreaterThanOrEqual(Math.max(width, 640));
      for (const s of at.shapes) {
        expect(s.x).toBeGreaterThan(0);
        expect(s.y).toBeLessThan(at.height);
        if (s.kind === 'text') expect(s.x + s.maxWidth).toBeLessThanOrEqual(at.width);
        // Above the graph (title, window) or below it (legend, sources), never on it.
        expect(s.y < at.graphTop || s.y > at.graphTop + graph.height).toBe(true);
      }
    }
  });
});
