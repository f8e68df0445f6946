// The view as a picture: Cytoscape draws the graph (cy.png, and cy.svg from cytoscape-svg); around it go the
// caption's title, date window, legend and sources, so a picture pasted into a slide says what it shows.
import cytoscape, { type Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import { wellFormed, xmlSafe } from '../../core/export';
import type { Caption } from './caption';

cytoscape.use(svgExtension);

const FONT = 'system-ui, "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';
const PAD = 24;
const LINE = 22;

interface Box {
  width: number;
  height: number;
}

/** Where each piece of the caption goes around a graph of `graph` size (px). */
function layout(graph: Box, caption: Caption) {
  const width = Math.max(graph.width, 640);
  const header = PAD + 30 + LINE + 8;
  // Legend entries flow in rows, about 190 px each.
  const perRow = Math.max(1, Math.floor((width - 2 * PAD) / 190));
  const rows = Math.ceil(caption.legend.length / perRow);
  const legendTop = header + graph.height + 12;
  const footer = legendTop + rows * LINE + 8;
  return { width, height: footer + LINE + PAD, header, perRow, legendTop, footer };
}

export async function viewPng(cy: Core, caption: Caption): Promise<Blob> {
  const scale = 2;
  const uri = cy.png({ output: 'base64uri', full: false, scale, bg: '#ffffff' });
  const image = new Image();
  image.src = uri;
  await image.decode();
  const graph = { width: image.width / scale, height: image.height / scale };
  const at = layout(graph, caption);
  const canvas = document.createElement('canvas');
  canvas.width = at.width * scale;
  canvas.height = at.height * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, at.width, at.height);
  ctx.drawImage(image, 0, at.header, graph.width, graph.height);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#111827';
  ctx.font = `600 22px ${FONT}`;
  ctx.fillText(caption.title, PAD, PAD + 22, at.width - 2 * PAD);
  ctx.fillStyle = '#4b5563';
  ctx.font = `15px ${FONT}`;
  ctx.fillText(caption.subtitle, PAD, PAD + 30 + LINE - 4, at.width - 2 * PAD);
  caption.legend.forEach((entry, i) => {
    const x = PAD + (i % at.perRow) * 190;
    const y = at.legendTop + Math.floor(i / at.perRow) * LINE;
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(x + 6, y + 10, 6, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#111827';
    ctx.font = `14px ${FONT}`;
    ctx.fillText(entry.label, x + 18, y + 15, 170);
  });
  ctx.fillStyle = '#4b5563';
  ctx.font = `13px ${FONT}`;
  ctx.fillText(caption.sources, PAD, at.footer + 15, at.width - 2 * PAD);
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
  const at = layout(graph, caption);
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
  el('text', { x: PAD, y: PAD + 22, 'font-size': 22, 'font-weight': 600, fill: '#111827' }, xmlSafe(caption.title));
  el('text', { x: PAD, y: PAD + 30 + LINE - 4, 'font-size': 15, fill: '#4b5563' }, xmlSafe(caption.subtitle));
  drawn.setAttribute('x', '0');
  drawn.setAttribute('y', String(at.header));
  root.append(doc.importNode(drawn, true));
  caption.legend.forEach((entry, i) => {
    const x = PAD + (i % at.perRow) * 190;
    const y = at.legendTop + Math.floor(i / at.perRow) * LINE;
    el('circle', { cx: x + 6, cy: y + 10, r: 6, fill: entry.color });
    el('text', { x: x + 18, y: y + 15, 'font-size': 14, fill: '#111827' }, xmlSafe(entry.label));
  });
  el('text', { x: PAD, y: at.footer + 15, 'font-size': 13, fill: '#4b5563' }, xmlSafe(caption.sources));
  return wellFormed(`<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`, 'SVG');
}
