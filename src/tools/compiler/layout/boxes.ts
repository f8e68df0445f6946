// What a node takes up on screen at reading size (its dot and its label below it), estimated without a browser,
// and the geometry the layout checks: boxes that overlap, lines that cross.

/** The app's person label: 11.5 px, wrapped at 100 px (stylesheet.ts). */
const FONT = 11.5;
const WRAP = 100;
const LINE = 14.5;
const MIN_DOT = 14;
const MAX_DOT = 36;

export interface Box {
  /** Half the width, left and right of the node's centre. */
  halfWidth: number;
  /** Above and below the node's centre: the dot above, the dot and the label below. */
  above: number;
  below: number;
}

const charWidth = (c: string) =>
  /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u4e00-\u9fff]/.test(c)
    ? FONT
    : /[A-Z]/.test(c)
      ? FONT * 0.68
      : /\s/.test(c)
        ? FONT * 0.28
        : FONT * 0.56;

/** Width and lines of a label wrapped at word boundaries, as Cytoscape wraps it. */
export function labelSize(text: string): { width: number; lines: number } {
  let lines = 1;
  let line = 0;
  let widest = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = [...word].reduce((s, c) => s + charWidth(c), 0);
    const next = line === 0 ? w : line + charWidth(' ') + w;
    if (next > WRAP && line > 0) {
      widest = Math.max(widest, line);
      lines += 1;
      line = w;
    } else line = next;
  }
  return { width: Math.min(WRAP, Math.max(widest, line)), lines };
}

/** A person's dot grows with their meetings; the box holds the dot and the wider of their two labels. */
export function personBox(names: string[], meetings: number, most: number): Box {
  const dot = MIN_DOT + ((MAX_DOT - MIN_DOT) * meetings) / Math.max(2, most);
  const sizes = names.map(labelSize);
  const width = Math.max(dot, ...sizes.map((s) => s.width + 6));
  const lines = Math.max(...sizes.map((s) => s.lines));
  return { halfWidth: width / 2, above: dot / 2 + 2, below: dot / 2 + 3 + lines * LINE + 3 };
}

/** A meeting is a small dot without a label (hovering names it). */
export const MEETING_BOX: Box = { halfWidth: 8, above: 8, below: 8 };

export interface Placed {
  x: number;
  y: number;
  box: Box;
}

/** How far two boxes overlap along each axis (≤ 0: they do not). */
export function overlapOf(a: Placed, b: Placed, gap: number): { x: number; y: number } {
  const x =
    Math.min(a.x + a.box.halfWidth, b.x + b.box.halfWidth) -
    Math.max(a.x - a.box.halfWidth, b.x - b.box.halfWidth) +
    gap;
  const y = Math.min(a.y + a.box.below, b.y + b.box.below) - Math.max(a.y - a.box.above, b.y - b.box.above) + gap;
  return { x, y };
}

export interface Segment {
  a: string;
  b: string;
}

type Point = { x: number; y: number };
const side = (p: Point, q: Point, r: Point) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);

/** Whether two lines cross (lines that share an end never do). */
export function crosses(p: Point, q: Point, r: Point, s: Point): boolean {
  return side(p, q, r) * side(p, q, s) < 0 && side(r, s, p) * side(r, s, q) < 0;
}

export function countCrossings(at: ReadonlyMap<string, Point>, lines: readonly Segment[]): number {
  let n = 0;
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) {
      const u = lines[i];
      const v = lines[j];
      if (u.a === v.a || u.a === v.b || u.b === v.a || u.b === v.b) continue;
      if (crosses(at.get(u.a)!, at.get(u.b)!, at.get(v.a)!, at.get(v.b)!)) n++;
    }
  return n;
}

/** The dot's radius inside a box (the box reaches 2 px above it). */
export const dotRadius = (box: Box) => Math.max(4, box.above - 2);

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Dots that a line not their own runs through or brushes: the reader would take them for joined. */
export function nodesOnLines(
  at: ReadonlyMap<string, Point>,
  nodes: readonly { id: string; box: Box }[],
  lines: readonly Segment[],
): number {
  let n = 0;
  for (const node of nodes) {
    const p = at.get(node.id)!;
    const r = dotRadius(node.box) + 4;
    for (const l of lines) {
      if (l.a === node.id || l.b === node.id) continue;
      if (distanceToSegment(p, at.get(l.a)!, at.get(l.b)!) < r) n++;
    }
  }
  return n;
}
