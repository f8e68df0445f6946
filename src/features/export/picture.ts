// The view as a picture: Cytoscape draws the graph (cy.png, and cy.svg from cytoscape-svg); around it go the
// caption's title, date window, legend and sources, so a picture pasted into a slide says what it shows.
import cytoscape, { type Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import { wellFormed, xmlSafe } from '../../core/export';
import { captionLayout, type Caption } from './caption';

cytoscape.use(svgExtension);

const FONT = 'system-ui, "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';

export async function viewPng(cy: Core, caption: Caption): Promise<Blob> {
  const scale = 2;
  const uri = cy.png({ output: 'base64uri', full: false, scale, bg: '#ffffff' });
  const image = new Image();
  image.src = uri;
  await image.decode();
  const graph = { width: image.width / scale, height: image.height / scale };
  const at = captionLayout(graph, caption);
  const canvas = document.createElement('canvas');
  canvas.width = at.width * scale;
  canvas.height = at.height * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, at.width, at.height);
  ctx.drawImage(image, 0, at.graphTop, graph.width, graph.height);
  ctx.textBaseline = 'alphabetic';
  for (const shape of at.shapes) {
    ctx.fillStyle = shape.color;
    if (shape.kind === 'dot') {
      ctx.beginPath();
      ctx.arc(shape.x, shape.y, shape.r, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      ctx.font = `${shape.bold ? '600 ' : ''}${shape.size}px ${FONT}`;
      ctx.fillText(shape.text, shape.x, shape.y, shape.maxWidth);
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function viewSvg(cy: Core, caption: Caption): string {
  const drawing = (cy as Core & { svg(o: object): string }).svg({ full: false, scale: 1, bg: '#ffffff' });
  const parsed = new DOMParser().parseFromString(xmlSafe(drawing), 'image/svg+xml');
  const error = parsed.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`the graph could not be drawn as SVG (${error.textContent?.trim().slice(0, 120)})`);
  const drawn = parsed.documentElement;
  const graph = { width: Number(drawn.getAttribute('width')), height: Number(drawn.getAttribute('height')) };
  const at = captionLayout(graph, caption);
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
  drawn.setAttribute('x', '0');
  drawn.setAttribute('y', String(at.graphTop));
  // In document order, as a reader (and a screen reader) meets them: the heading, the graph, then the rest.
  const graphAt = at.shapes.findIndex((s) => s.y > at.graphTop);
  at.shapes.forEach((shape, i) => {
    if (i === graphAt) root.append(doc.importNode(drawn, true));
    if (shape.kind === 'dot') el('circle', { cx: shape.x, cy: shape.y, r: shape.r, fill: shape.color });
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
