// Which part of the graph a picture shows and at what scale: what is drawn, as far as the view shows it, at a scale
// that sets people's names at the legend's size whatever the screen (a phone's export is not a blown-up copy of its
// pixels), fitted tight and centred by the caption's layout.
import { LEGEND_PX } from './caption';

/** A box in the graph's own units (Cytoscape's model coordinates). */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The longest side a picture's graph may have, in px: a large archive's overview stays a picture, not a poster. */
export const MAX_SIDE = 2400;
/** Room around the drawing, in px of the picture, so that no label touches the picture's edge. */
const MARGIN = 8;

const width = (b: Box) => b.x2 - b.x1;
const height = (b: Box) => b.y2 - b.y1;

/**
 * The part of the graph to show: what is drawn (`drawn`, labels included), cut to the view (`view`) when the reader
 * has zoomed in or panned some of it away; the view itself when nothing is drawn.
 */
export function regionOf(drawn: Box | null, view: Box): Box {
  if (!drawn) return view;
  const cut = {
    x1: Math.max(drawn.x1, view.x1),
    y1: Math.max(drawn.y1, view.y1),
    x2: Math.min(drawn.x2, view.x2),
    y2: Math.min(drawn.y2, view.y2),
  };
  return width(cut) > 0 && height(cut) > 0 ? cut : view;
}

export interface Frame {
  /** Picture px per graph unit. */
  scale: number;
  /** What is shown, with its margin, in graph units. */
  region: Box;
  /** Its size in the picture, px. */
  width: number;
  height: number;
}

/**
 * The picture of `region`: names (`labelSize` graph units) at the legend's size, unless that would make the graph
 * longer than `MAX_SIDE` on a side; with a margin so that nothing is cut at the edge.
 */
export function frameOf(region: Box, labelSize: number): Frame {
  const fit = Math.min(MAX_SIDE / Math.max(1, width(region)), MAX_SIDE / Math.max(1, height(region)));
  const scale = Math.min(LEGEND_PX / labelSize, fit);
  const m = MARGIN / scale;
  const padded = { x1: region.x1 - m, y1: region.y1 - m, x2: region.x2 + m, y2: region.y2 + m };
  return { scale, region: padded, width: width(padded) * scale, height: height(padded) * scale };
}

/**
 * Which of Cytoscape's two drawings to cut the picture from, the smaller that holds it: the whole graph (`whole`,
 * its bounding box) or the view (`view`, what the screen shows). Each is drawn from its top-left corner at
 * `frame.scale` × `density` px per unit, so `crop` is where the region lies in it, in px.
 */
export function sourceOf(frame: Frame, whole: Box, view: Box, density: number) {
  const area = (b: Box) => width(b) * height(b);
  const full = area(whole) <= area(view);
  const from = full ? whole : view;
  const k = frame.scale * density;
  const { region } = frame;
  return {
    full,
    from,
    crop: { x: (region.x1 - from.x1) * k, y: (region.y1 - from.y1) * k, w: width(region) * k, h: height(region) * k },
  };
}
