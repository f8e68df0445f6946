// Reading the drawn graph through window.__MG__.cy, and acting on it with the mouse as a reader would.
import type { Locator, Page } from '@playwright/test';
import type { NodeSingular } from 'cytoscape';
import { settle } from './fixtures';

export interface Point {
  x: number;
  y: number;
}

/** Viewport coordinates of a node's centre or an edge's midpoint, checked to lie inside the graph's box. */
export async function screenPoint(page: Page, id: string): Promise<Point> {
  await settle(page);
  return page.evaluate((id) => {
    const cy = window.__MG__!.cy;
    const el = cy.getElementById(id);
    if (el.empty()) throw new Error(`no Cytoscape element "${id}"`);
    const p = el.isEdge() ? el.renderedMidpoint() : (el as unknown as NodeSingular).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    const pt = { x: box.left + p.x, y: box.top + p.y };
    const inside = pt.x > box.left && pt.x < box.right && pt.y > box.top && pt.y < box.bottom;
    if (!inside) throw new Error(`"${id}" is drawn outside the graph's box (${pt.x}, ${pt.y})`);
    return pt;
  }, id);
}

export async function clickElement(page: Page, id: string): Promise<void> {
  const { x, y } = await screenPoint(page, id);
  await page.mouse.click(x, y);
}

export async function doubleClickElement(page: Page, id: string): Promise<void> {
  const { x, y } = await screenPoint(page, id);
  await page.mouse.dblclick(x, y);
}

export async function tapElement(page: Page, id: string): Promise<void> {
  const { x, y } = await screenPoint(page, id);
  await page.touchscreen.tap(x, y);
}

export async function hoverElement(page: Page, id: string): Promise<void> {
  const { x, y } = await screenPoint(page, id);
  await page.mouse.move(x, y);
}

/** Classes of one element, e.g. ['hidden'] or ['highlighted', 'selected-meeting']. */
export function classesOf(page: Page, id: string): Promise<string[]> {
  return page.evaluate((id) => {
    const el = window.__MG__!.cy.getElementById(id);
    if (el.empty()) throw new Error(`no Cytoscape element "${id}"`);
    return [...el.classes()];
  }, id);
}

/** Ids of the elements (of a selector, e.g. 'edge[id ^= "met:"]') carrying a class. */
export function idsWithClass(page: Page, cls: string, selector = '*'): Promise<string[]> {
  return page.evaluate(
    ([cls, selector]) =>
      window
        .__MG__!.cy.elements(selector)
        .filter((e) => e.hasClass(cls))
        .map((e) => e.id())
        .sort(),
    [cls, selector] as const,
  );
}

/** Model positions of every node that is not a compound parent (a parent's position follows its children). */
export function nodePositions(page: Page): Promise<Record<string, Point>> {
  return page.evaluate(() => {
    const out: Record<string, Point> = {};
    window.__MG__!.cy.nodes().forEach((n) => {
      if (!n.isParent()) out[n.id()] = { ...n.position() };
    });
    return out;
  });
}

/** Rendered width (px, at zoom 1) of an edge, as Cytoscape styles it. */
export function edgeWidth(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => {
    const el = window.__MG__!.cy.getElementById(id);
    if (el.empty()) throw new Error(`no Cytoscape element "${id}"`);
    return parseFloat(String(el.style('width')));
  }, id);
}

/** A node's fill colour as drawn (a CSS colour string). */
export function nodeColour(page: Page, id: string): Promise<string> {
  return page.evaluate((id) => {
    const el = window.__MG__!.cy.getElementById(id);
    if (el.empty()) throw new Error(`no Cytoscape element "${id}"`);
    return String(el.style('background-color'));
  }, id);
}

/** The graph's viewport (pan and zoom): unchanged when nothing should move. */
export function viewport(page: Page): Promise<{ pan: Point; zoom: number }> {
  return page.evaluate(() => ({ pan: { ...window.__MG__!.cy.pan() }, zoom: window.__MG__!.cy.zoom() }));
}

/**
 * Distance (px) from an element (or several) to the centre of the part of the graph left uncovered by `cover` (a side panel or a
 * bottom sheet over the canvas), relative to the smaller side of that part: small once the app centres on it.
 */
export async function offCentre(page: Page, id: string | string[], cover: Locator): Promise<number> {
  // Several elements: the middle of the box around them.
  const pts = await Promise.all((typeof id === 'string' ? [id] : id).map((x) => screenPoint(page, x)));
  const xs = pts.map((q) => q.x);
  const ys = pts.map((q) => q.y);
  const p = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const g = (await page.getByTestId('graph').boundingBox())!;
  const { x, y } = g;
  let { width, height } = g;
  const c = (await cover.isVisible()) ? await cover.boundingBox() : null;
  if (c && c.x < x + width && c.x + c.width > x && c.y < y + height && c.y + c.height > y) {
    if (c.x > x + width / 3) width = c.x - x;
    else if (c.y > y + height / 3) height = c.y - y;
  }
  return Math.hypot(p.x - (x + width / 2), p.y - (y + height / 2)) / Math.min(width, height);
}
