import { describe, expect, it } from 'vitest';
import { LEGEND_PX } from './caption';
import { frameOf, MAX_SIDE, regionOf, sourceOf } from './frame';

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe('the part of the graph a picture shows', () => {
  it('is what is drawn, cut to the view, or the view when nothing is drawn', () => {
    expect(regionOf(box(0, 0, 100, 50), box(-500, -500, 500, 500))).toEqual(box(0, 0, 100, 50));
    expect(regionOf(box(0, 0, 100, 50), box(20, -10, 60, 30))).toEqual(box(20, 0, 60, 30));
    expect(regionOf(null, box(1, 2, 3, 4))).toEqual(box(1, 2, 3, 4));
    expect(regionOf(box(0, 0, 10, 10), box(20, 20, 30, 30))).toEqual(box(20, 20, 30, 30));
  });

  it('sets names at the legend’s size, whatever the layout’s units or the screen', () => {
    // A layout whose names are 11.5 units, and one spread four times wider with names to match.
    for (const [label, region] of [
      [11.5, box(0, 0, 500, 600)],
      [46, box(0, 0, 2000, 2400)],
    ] as const) {
      const f = frameOf(region, label);
      expect(label * f.scale).toBeCloseTo(LEGEND_PX, 5);
      // Fitted: the region and a margin of a few px, nothing more.
      expect(f.width - (region.x2 - region.x1) * f.scale).toBeLessThanOrEqual(20);
      expect(f.height - (region.y2 - region.y1) * f.scale).toBeLessThanOrEqual(20);
    }
  });

  it('keeps a large archive’s overview within MAX_SIDE, with smaller names', () => {
    const f = frameOf(box(0, 0, 40_000, 9_000), 11.5);
    expect(Math.max(f.width, f.height)).toBeLessThanOrEqual(MAX_SIDE + 20);
    expect(11.5 * f.scale).toBeLessThan(LEGEND_PX);
  });

  it('is cut from the smaller of the two drawings, where the region lies in it', () => {
    const f = frameOf(box(0, 0, 100, 100), 13);
    const whole = box(-50, -50, 150, 150);
    const zoomedIn = box(-10, -10, 110, 110);
    const s = sourceOf(f, whole, zoomedIn, 2);
    expect(s.full).toBe(false);
    expect(s.crop.x).toBeCloseTo((f.region.x1 + 10) * f.scale * 2, 5);
    expect(s.crop.w).toBeCloseTo(f.width * 2, 5);
    const zoomedOut = box(-5000, -5000, 5000, 5000);
    expect(sourceOf(f, whole, zoomedOut, 2)).toMatchObject({ full: true, from: whole });
  });
});
