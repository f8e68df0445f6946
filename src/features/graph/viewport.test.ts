import { describe, expect, it } from 'vitest';
import { centreNearest } from './viewport';

describe('where the first view is centred', () => {
  const canvas = { w: 660, h: 660 };
  it('is the canvas’s centre when no control is in the way', () => {
    expect(centreNearest({ w: 300, h: 400 }, canvas, [])).toEqual({ x: 330, y: 330 });
  });

  it('moves as little as it must to clear a control', () => {
    // Options along the top right, as the desktop view has them.
    const at = centreNearest({ w: 300, h: 400 }, canvas, [{ x1: 420, y1: 10, x2: 650, y2: 140 }])!;
    expect(at.x - 150 - 12 >= 420 || at.y - 200 - 12 >= 140 || at.x + 150 + 12 <= 420).toBe(true);
    expect(Math.hypot(at.x - 330, at.y - 330)).toBeLessThan(40);
  });

  it('finds none when the drawing cannot clear the controls', () => {
    expect(centreNearest({ w: 600, h: 600 }, canvas, [{ x1: 0, y1: 0, x2: 660, y2: 100 }])).toBeNull();
  });
});
