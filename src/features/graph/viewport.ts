// The first view: how large the drawing is at reading size, and where the camera starts.
import type { Core, ElementDefinition } from 'cytoscape';

const PADDING = 40;
export const MIN_ZOOM = 0.002;
export const MAX_ZOOM = 4;
/** The first view's largest zoom, in reading sizes: labels at most 1.3 × 11.5 px. */
const FIRST_VIEW_MAX = 1.3;

/** Screens narrower or shorter than this get a readable close-up instead of the whole graph. */
const REFERENCE = { w: 900, h: 560 };

export interface Bounds {
  x1: number;
  y1: number;
  w: number;
  h: number;
  /** Centre of the people, where a close-up looks. */
  cx: number;
  cy: number;
}

/** Bounds of the nodes shown (collapsed organisations stand in for their people; other organisations are hidden). */
export function positionBounds(elements: readonly ElementDefinition[]): Bounds {
  const box = (items: Iterable<{ x: number; y: number }>) => {
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const { x, y } of items)
      [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
    return x1 <= x2 ? { x1, y1, x2, y2 } : { x1: 0, y1: 0, x2: 0, y2: 0 };
  };
  const shown = (e: ElementDefinition) => !/^org(?!.*collapsed)/.test(String(e.classes));
  const nodes = elements.filter((e) => e.position !== undefined && shown(e));
  const all = box(nodes.map((e) => e.position!));
  const people = nodes.filter((e) => String(e.classes).startsWith('person'));
  const centre = people.length ? box(people.map((e) => e.position!)) : all;
  return {
    x1: all.x1,
    y1: all.y1,
    w: all.x2 - all.x1,
    h: all.y2 - all.y1,
    cx: (centre.x1 + centre.x2) / 2,
    cy: (centre.y1 + centre.y2) / 2,
  };
}

// Labels reach past a node's position, sideways most: the first view leaves more room left and right.
const fitZoom = (b: Bounds, w: number, h: number) =>
  Math.min((w - 3 * PADDING) / Math.max(1, b.w), (h - 2 * PADDING) / Math.max(1, b.h));

/**
 * Model units per screen pixel when the whole layout fills a desktop-sized view: multiplying sizes by it gives
 * labels and nodes their intended on-screen size there, whatever spread the precomputed layout has.
 */
export function layoutScale(b: Bounds, w: number, h: number): number {
  const zoom = fitZoom(b, Math.max(w, REFERENCE.w), Math.max(h, REFERENCE.h));
  return Math.max(1, 1 / zoom);
}

/** The whole graph where it fits readably; on a phone, its centre at reading size (the fit button shows all). */
export function initialViewport(b: Bounds, scale: number, w: number, h: number) {
  const fit = fitZoom(b, w, h);
  const readable = 0.8 / scale;
  // Cytoscape ignores a viewport whose zoom is outside its limits, so it is kept inside them.
  // A small graph is not blown up past a comfortable reading size.
  const zoom = Math.min(MAX_ZOOM, FIRST_VIEW_MAX / scale, Math.max(MIN_ZOOM, fit >= readable ? fit : readable));
  const [x, y] = fit >= readable ? [b.x1 + b.w / 2, b.y1 + b.h / 2] : [b.cx, b.cy];
  return { zoom, pan: { x: w / 2 - x * zoom, y: h / 2 - y * zoom } };
}

export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The controls drawn over the canvas (marked `data-overlay`), in the canvas's own pixels. */
export function overlayRects(container: HTMLElement): Rect[] {
  const box = container.getBoundingClientRect();
  return [...document.querySelectorAll<HTMLElement>('[data-overlay]')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom)
    .map((r) => ({ x1: r.left - box.left, y1: r.top - box.top, x2: r.right - box.left, y2: r.bottom - box.top }));
}

/**
 * The parts of the canvas no control covers: below those along the top and above those along the bottom, or left
 * of those on the right side (and clear of the others).
 */
export function clearAreas(container: HTMLElement): Area[] {
  const { width: w, height: h } = container.getBoundingClientRect();
  const rects = overlayRects(container);
  const top = (rs: Rect[]) => Math.max(0, ...rs.filter((r) => r.y1 < h / 2).map((r) => r.y2));
  const bottom = (rs: Rect[]) => Math.min(h, ...rs.filter((r) => r.y2 > h / 2).map((r) => r.y1));
  const side = rects.filter((r) => r.x1 > w / 2);
  const rest = rects.filter((r) => r.x1 <= w / 2);
  const right = Math.min(w, ...side.map((r) => r.x1));
  return [
    { x: 0, y: top(rects), w, h: bottom(rects) - top(rects) },
    { x: 0, y: top(rest), w: right, h: bottom(rest) - top(rest) },
  ].filter((a) => a.w > 0 && a.h > 0);
}

const MARGIN = 12;

/**
 * The first view of a small graph, once its labels are drawn: all of it, labels included, in the largest part of
 * the canvas that no control covers, at no more than a comfortable reading size. Returns false (view unchanged)
 * where even that would be too small to read: the close-up of `initialViewport` stays.
 */
export function fitFirstView(cy: Core, scale: number): boolean {
  const container = cy.container();
  const shown = cy.elements(':visible');
  if (!container || shown.empty()) return false;
  const bb = shown.boundingBox({});
  let best: { zoom: number; area: Area } | null = null;
  for (const area of clearAreas(container)) {
    const zoom = Math.min((area.w - 2 * MARGIN) / Math.max(1, bb.w), (area.h - 2 * MARGIN) / Math.max(1, bb.h));
    if (!best || zoom > best.zoom) best = { zoom, area };
  }
  if (!best || best.zoom < 0.8 / scale) return false;
  const zoom = Math.min(MAX_ZOOM, FIRST_VIEW_MAX / scale, best.zoom);
  const { area } = best;
  const size = { w: bb.w * zoom, h: bb.h * zoom };
  const { width, height } = container.getBoundingClientRect();
  const at = centreNearest(size, { w: width, h: height }, overlayRects(container)) ?? {
    x: area.x + area.w / 2,
    y: area.y + area.h / 2,
  };
  cy.viewport({ zoom, pan: { x: at.x - (bb.x1 + bb.w / 2) * zoom, y: at.y - (bb.y1 + bb.h / 2) * zoom } });
  return true;
}

const STEP = 4;

/**
 * Where to centre a drawing of `size` so that it touches no control and stays on the canvas: the canvas's centre
 * when it can, else the nearest spot to it (a graph beside an empty corner looks lost). Null when none is free.
 */
export function centreNearest(
  size: { w: number; h: number },
  canvas: { w: number; h: number },
  controls: readonly Rect[],
): { x: number; y: number } | null {
  const [hw, hh] = [size.w / 2 + MARGIN, size.h / 2 + MARGIN];
  const free = (x: number, y: number) =>
    controls.every((r) => x + hw <= r.x1 || x - hw >= r.x2 || y + hh <= r.y1 || y - hh >= r.y2);
  const centre = { x: canvas.w / 2, y: canvas.h / 2 };
  let best: { x: number; y: number; d: number } | null = null;
  const inside = (v: number, half: number, length: number) => v - half >= -1 && v + half <= length + 1;
  const [nx, ny] = [Math.floor(canvas.w / 2 / STEP), Math.floor(canvas.h / 2 / STEP)];
  for (let i = -nx; i <= nx; i++)
    for (let j = -ny; j <= ny; j++) {
      const [dx, dy] = [i * STEP, j * STEP];
      const [x, y] = [centre.x + dx, centre.y + dy];
      const d = Math.hypot(dx, dy);
      if (best && d >= best.d) continue;
      if (inside(x, hw, canvas.w) && inside(y, hh, canvas.h) && free(x, y)) best = { x, y, d };
    }
  return best && { x: best.x, y: best.y };
}
