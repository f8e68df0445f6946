// A PNG and an SVG export of the view, read back as a reader sees them: the SVG laid out by the browser (every
// line's box, its typeface, the size its names are drawn at) and the PNG's pixels (where the drawing lies).
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect } from './fixtures';

export async function exported(page: Page, label: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.getByRole('menu', { name: 'Export' });
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('menuitem', { name: label }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

interface TextBox {
  text: string;
  family: string;
  /** Drawn size, px of the picture. */
  px: number;
  inGraph: boolean;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface SvgRead {
  width: number;
  height: number;
  graph: { x: number; y: number; width: number; height: number };
  texts: TextBox[];
}

/** The SVG laid out in the page: every text's box and typeface, relative to the picture. */
async function readSvg(page: Page, svg: string): Promise<SvgRead> {
  return page.evaluate((markup) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0';
    const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
    host.append(document.importNode(parsed.documentElement, true));
    document.body.append(host);
    try {
      const root = host.querySelector('svg')!;
      const at = root.getBoundingClientRect();
      const nested = root.querySelector('svg')!;
      const g = {
        left: at.left + Number(nested.getAttribute('x')),
        top: at.top + Number(nested.getAttribute('y')),
        width: Number(nested.getAttribute('width')),
        height: Number(nested.getAttribute('height')),
      };
      const unit = g.width / nested.viewBox.baseVal.width;
      const texts = Array.from(root.querySelectorAll('text')).map((t) => {
        const r = t.getBoundingClientRect();
        const style = getComputedStyle(t);
        const inGraph = nested.contains(t);
        return {
          text: t.textContent ?? '',
          family: style.fontFamily,
          px: parseFloat(style.fontSize) * (inGraph ? unit : 1),
          inGraph,
          left: r.left - at.left,
          right: r.right - at.left,
          top: r.top - at.top,
          bottom: r.bottom - at.top,
        };
      });
      const graph = { x: g.left - at.left, y: g.top - at.top, width: g.width, height: g.height };
      return { width: at.width, height: at.height, graph, texts };
    } finally {
      host.remove();
    }
  }, svg);
}

/** The box of the PNG's drawing between two rows (device px): everything not near-white. */
async function inkBetween(page: Page, png: Buffer, top: number, bottom: number) {
  return page.evaluate(
    async ({ b64, top, bottom }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, top, bitmap.width, bottom - top);
      let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let y = 0; y < bottom - top; y++)
        for (let x = 0; x < bitmap.width; x++) {
          const i = (y * bitmap.width + x) * 4;
          if (data[i] > 235 && data[i + 1] > 235 && data[i + 2] > 235) continue;
          [x1, x2, y1, y2] = [Math.min(x1, x), Math.max(x2, x), Math.min(y1, y + top), Math.max(y2, y + top)];
        }
      return { width: bitmap.width, height: bitmap.height, x1, y1, x2, y2 };
    },
    { b64: png.toString('base64'), top, bottom },
  );
}

/** The legend's text size: the caption's entries beside a dot. */
const LEGEND_PX = 13;

/**
 * The checks a finished picture passes: the graph centred and fitted (its drawing fills its band, as much room
 * left as right), one typeface for every word, no line past the picture's edge or cut at the graph's, names drawn
 * at the legend's size; the PNG the same picture at twice the pixels, whatever the screen.
 */
export async function expectFinishedPictures(page: Page, svgText: string, png: Buffer) {
  const svg = await readSvg(page, svgText);
  expect(new Set(svg.texts.map((t) => t.family)).size, 'one typeface').toBe(1);
  for (const t of svg.texts) {
    expect(t.left, `"${t.text}" inside the picture`).toBeGreaterThanOrEqual(0);
    expect(t.right, `"${t.text}" inside the picture`).toBeLessThanOrEqual(svg.width);
    expect(t.bottom, `"${t.text}" inside the picture`).toBeLessThanOrEqual(svg.height);
    if (t.inGraph) {
      expect(t.left, `"${t.text}" not cut by the graph's edge`).toBeGreaterThanOrEqual(svg.graph.x - 1);
      expect(t.right, `"${t.text}" not cut by the graph's edge`).toBeLessThanOrEqual(svg.graph.x + svg.graph.width + 1);
    }
  }
  const names = svg.texts.filter((t) => t.inGraph);
  expect(names.length).toBeGreaterThan(0);
  // People's names (the largest labels) at the legend's size; meetings' and agreements' a little smaller.
  const largest = Math.max(...names.map((t) => t.px));
  expect(largest).toBeCloseTo(LEGEND_PX, 0);
  for (const t of names) expect(t.px, t.text).toBeGreaterThanOrEqual(LEGEND_PX * 0.8);
  expect(svg.graph.x + svg.graph.width / 2, 'graph centred').toBeCloseTo(svg.width / 2, 0);

  // The PNG: the same layout at twice the pixels, its drawing centred and filling the graph's band.
  const d = 2;
  const ink = await inkBetween(
    page,
    png,
    Math.round(svg.graph.y * d),
    Math.round((svg.graph.y + svg.graph.height) * d),
  );
  expect({ width: ink.width, height: ink.height }).toEqual({
    width: Math.round(svg.width * d),
    height: Math.round(svg.height * d),
  });
  const [left, right] = [ink.x1, ink.width - 1 - ink.x2];
  expect(Math.abs(left - right), `as much room left (${left}) as right (${right})`).toBeLessThanOrEqual(12);
  const [above, below] = [ink.y1 - svg.graph.y * d, (svg.graph.y + svg.graph.height) * d - ink.y2];
  expect(Math.max(above, below), 'no empty band above or below the drawing').toBeLessThanOrEqual(30);
}
