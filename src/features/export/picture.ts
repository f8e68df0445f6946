// The view as a picture: Cytoscape draws the graph (cy.png, and cy.svg from cytoscape-svg), cut to what is drawn in
// the view and scaled so that names read at the legend's size (frame.ts); around it go the caption's title, date
// window, legend and sources (caption.ts), so a picture pasted into a slide says what it shows. One typeface, the
// graph's, for every word.
import cytoscape, { type Collection, type Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import { wellFormed, xmlSafe } from '../../core/export';
import { FONT } from '../graph/stylesheet';
import { captionLayout, markCorners, type Caption, type Measure } from './caption';
import { frameOf, regionOf, sourceOf, type Box } from './frame';

cytoscape.use(svgExtension);

/** The PNG's pixels per px of the picture: sharp on a high-density screen and in print. */
const DENSITY = 2;

const box = (b: { x1: number; y1: number; x2: number; y2: number }): Box => ({
  x1: b.x1,
  y1: b.y1,
  x2: b.x2,
  y2: b.y2,
});

/** Where the picture comes from: the frame, and the two drawings Cytoscape can make (the whole graph, the view). */
function framing(cy: Core) {
  const drawn = cy.elements().filter((e) => e.visible());
  const people = cy.nodes('.person').filter((n) => n.visible());
  const label = (people.nonempty() ? people : cy.nodes()).first();
  const labelSize = label.nonempty() ? label.numericStyle('font-size') : 11.5;
  const view = box(cy.extent());
  const frame = frameOf(regionOf(drawn.nonempty() ? box(drawn.boundingBox()) : null, view), labelSize || 11.5);
  // Cytoscape draws the whole graph from the corner of this box (its `full` drawing).
  const all = (cy as Core & { mutableElements(): Collection }).mutableElements();
  return { frame, whole: box(all.boundingBox()), view };
}

/** Options that make Cytoscape draw `from` at `k` px per unit, whatever the screen's pixel ratio. */
function drawing(cy: Core, full: boolean, from: Box, k: number) {
  // A size limit (rather than `scale`) keeps Cytoscape from multiplying by the screen's pixel ratio.
  const maxWidth = full ? Math.ceil(from.x2 - from.x1) * k : cy.width() * (k / cy.zoom());
  return { full, maxWidth, bg: '#ffffff' };
}

/** The canvas's own measure, in the picture's typeface. */
function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, size, bold) => {
    ctx.font = `${bold ? '600 ' : ''}${size}px ${FONT}`;
    return ctx.measureText(text).width;
  };
}

export async function viewPng(cy: Core, caption: Caption): Promise<Blob> {
  const { frame, whole, view } = framing(cy);
  const source = sourceOf(frame, whole, view, DENSITY);
  const uri = cy.png({ output: 'base64uri', ...drawing(cy, source.full, source.from, frame.scale * DENSITY) });
  const image = new Image();
  image.src = uri;
  await image.decode();
  const at = captionLayout(frame, caption, canvasMeasure());
  const canvas = document.createElement('canvas');
  canvas.width = at.width * DENSITY;
  canvas.height = at.height * DENSITY;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(DENSITY, DENSITY);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, at.width, at.height);
  const { crop } = source;
  const g = at.graph;
  ctx.drawImage(image, crop.x, crop.y, crop.w, crop.h, g.left, g.top, g.width, g.height);
  ctx.textBaseline = 'alphabetic';
  for (const shape of at.shapes) {
    ctx.fillStyle = shape.color;
    if (shape.kind === 'dot') {
      ctx.beginPath();
      if (shape.shape === 'ellipse') ctx.arc(shape.x, shape.y, shape.r, 0, 2 * Math.PI);
      else markCorners(shape).forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      ctx.fill();
    } else {
      ctx.font = `${shape.bold ? '600 ' : ''}${shape.size}px ${FONT}`;
      ctx.fillText(shape.text, shape.x, shape.y);
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function viewSvg(cy: Core, caption: Caption): string {
  const { frame, whole } = framing(cy);
  // One unit per graph unit: the nested drawing's viewBox cuts the region out and scales it.
  const drawn = (cy as Core & { svg(o: object): string }).svg(drawing(cy, true, whole, 1));
  const parsed = new DOMParser().parseFromString(xmlSafe(drawn), 'image/svg+xml');
  const error = parsed.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`the graph could not be drawn as SVG (${error.textContent?.trim().slice(0, 120)})`);
  const graph = parsed.documentElement;
  const at = captionLayout(frame, caption, canvasMeasure());
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const e = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    root.append(e);
    return e;
  };
  root.setAttribute('width', String(at.width));
  root.setAttribute('height', String(at.height));
  root.setAttribute('viewBox', `0 0 ${at.width} ${at.height}`);
  root.setAttribute('font-family', FONT);
  el('rect', { width: at.width, height: at.height, fill: '#ffffff' });
  const { region } = frame;
  const g = at.graph;
  graph.setAttribute('x', String(g.left));
  graph.setAttribute('y', String(g.top));
  graph.setAttribute('width', String(g.width));
  graph.setAttribute('height', String(g.height));
  const [x, y] = [region.x1 - whole.x1, region.y1 - whole.y1];
  graph.setAttribute('viewBox', `${x} ${y} ${region.x2 - region.x1} ${region.y2 - region.y1}`);
  // In document order, as a reader (and a screen reader) meets them: the heading, the graph, then the rest.
  const graphAt = at.shapes.findIndex((s) => s.y > g.top);
  at.shapes.forEach((shape, i) => {
    if (i === graphAt) root.append(doc.importNode(graph, true));
    if (shape.kind === 'dot' && shape.shape === 'ellipse')
      el('circle', { cx: shape.x, cy: shape.y, r: shape.r, fill: shape.color });
    else if (shape.kind === 'dot')
      el('polygon', {
        points: markCorners(shape)
          .map((p) => p.join(','))
          .join(' '),
        fill: shape.color,
      });
    else {
      const weight: Record<string, number> = shape.bold ? { 'font-weight': 600 } : {};
      el(
        'text',
        { x: shape.x, y: shape.y, 'font-size': shape.size, ...weight, fill: shape.color },
        xmlSafe(shape.text),
      );
    }
  });
  return wellFormed(`<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`, 'SVG');
}
