// A layout for reading: force-directed (fcose, seeded), then turned upright, pulled as tight as the labels allow
// without any two touching, and untangled by swapping people where that removes crossings. Deterministic.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { withSeededRandom } from '../../common/prng';
import { countCrossings, nodesOnLines, overlapOf, type Box, type Placed, type Segment } from './boxes';

export interface LayoutNode {
  id: string;
  box: Box;
  /** People can trade places to untangle lines; meetings follow their people. */
  movable: boolean;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  lines: (Segment & { length: number })[];
}

type Point = { x: number; y: number };
const GAP = 8;
const SEEDS = [0x5eed, 0x1234, 0xbeef, 0x7a11, 0x0c0de, 0x2468];

let registered = false;

function fcoseRun(input: LayoutInput, seed: number): Map<string, Point> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  // fcose keeps its nodes in plain objects keyed by id: ids of its own, so that a person called "constructor" is
  // just a node.
  const key = new Map(input.nodes.map((n, i) => [n.id, `n${i}`]));
  const elements: cytoscape.ElementDefinition[] = [
    ...input.nodes.map((n) => ({
      data: { id: key.get(n.id)!, w: 2 * n.box.halfWidth, h: n.box.above + n.box.below },
    })),
    ...input.lines.map((l, i) => ({
      data: { id: `l${i}`, source: key.get(l.a)!, target: key.get(l.b)!, length: l.length },
    })),
  ];
  return withSeededRandom(seed, () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
      elements,
    });
    cy.layout({
      name: 'fcose',
      quality: 'proof',
      randomize: true,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      nodeRepulsion: () => 9000,
      idealEdgeLength: (e: cytoscape.EdgeSingular) => e.data('length') as number,
      edgeElasticity: () => 0.45,
      nodeSeparation: 60,
      gravity: 0.4,
      numIter: 2500,
    } as cytoscape.LayoutOptions).run();
    const out = new Map<string, Point>();
    input.nodes.forEach((n) => void out.set(n.id, { ...cy.getElementById(key.get(n.id)!).position() }));
    cy.destroy();
    return out;
  });
}

/** Turned so that its long axis is vertical: a portrait picture fits a phone and the desktop's square canvas. */
function upright(at: Map<string, Point>): Map<string, Point> {
  const pts = [...at.values()];
  const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
  const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of pts) {
    sxx += (p.x - cx) ** 2;
    syy += (p.y - cy) ** 2;
    sxy += (p.x - cx) * (p.y - cy);
  }
  // The principal axis, then a quarter turn more to stand it up.
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy) - Math.PI / 2;
  const [c, s] = [Math.cos(-angle), Math.sin(-angle)];
  const out = new Map<string, Point>();
  for (const [id, p] of at) out.set(id, { x: (p.x - cx) * c - (p.y - cy) * s, y: (p.x - cx) * s + (p.y - cy) * c });
  return out;
}

function placed(input: LayoutInput, at: Map<string, Point>, k = 1): Placed[] {
  return input.nodes.map((n) => ({ x: at.get(n.id)!.x * k, y: at.get(n.id)!.y * k, box: n.box }));
}

function anyOverlap(boxes: Placed[], gap = GAP): boolean {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const o = overlapOf(boxes[i], boxes[j], gap);
      if (o.x > 0 && o.y > 0) return true;
    }
  return false;
}

/** Pushes overlapping boxes apart along the axis where they overlap least, until none do. */
export function separate(input: LayoutInput, at: Map<string, Point>, gap = GAP): void {
  const ids = input.nodes.map((n) => n.id);
  for (let round = 0; round < 200; round++) {
    const boxes = placed(input, at);
    let moved = false;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const o = overlapOf(boxes[i], boxes[j], gap);
        if (o.x <= 0 || o.y <= 0) continue;
        moved = true;
        const [a, b] = [at.get(ids[i])!, at.get(ids[j])!];
        if (o.x < o.y) {
          const d = (o.x / 2) * (a.x <= b.x ? 1 : -1);
          a.x -= d;
          b.x += d;
          boxes[i].x = a.x;
          boxes[j].x = b.x;
        } else {
          const d = (o.y / 2) * (a.y <= b.y ? 1 : -1);
          a.y -= d;
          b.y += d;
          boxes[i].y = a.y;
          boxes[j].y = b.y;
        }
      }
    if (!moved) return;
  }
}

/** As tight as it goes: the smallest uniform scale at which no two boxes overlap. */
export function tighten(input: LayoutInput, at: Map<string, Point>, gap = GAP): void {
  let lo = 0.05;
  let hi = 1;
  if (anyOverlap(placed(input, at, hi), gap)) return;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (anyOverlap(placed(input, at, mid), gap)) lo = mid;
    else hi = mid;
  }
  for (const p of at.values()) {
    p.x *= hi;
    p.y *= hi;
  }
}

function rotated(at: Map<string, Point>, angle: number): Map<string, Point> {
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return new Map([...at].map(([id, p]) => [id, { x: p.x * c - p.y * s, y: p.x * s + p.y * c }]));
}

const widthOf = (at: Map<string, Point>) => {
  const xs = [...at.values()].map((p) => p.x);
  return Math.max(...xs) - Math.min(...xs);
};

/** Of the picture turned every 10°, tightened each time, the narrowest (turning keeps every crossing). */
function narrowest(input: LayoutInput, raw: Map<string, Point>): Map<string, Point> {
  let best: Map<string, Point> | null = null;
  const start = upright(raw);
  for (let deg = -90; deg < 90; deg += 10) {
    const at = rotated(start, (deg * Math.PI) / 180);
    separate(input, at);
    tighten(input, at);
    if (!best || widthOf(at) < widthOf(best)) best = at;
  }
  return best!;
}

/**
 * Squeezes out empty space: each box in turn steps towards the middle (sideways more than down) where it touches
 * no other box and crosses no more lines than before.
 */
function compact(input: LayoutInput, at: Map<string, Point>): void {
  const ids = input.nodes.map((n) => n.id);
  const boxes = placed(input, at);
  const clear = (i: number) => {
    for (let j = 0; j < boxes.length; j++) {
      if (j === i) continue;
      const o = overlapOf(boxes[i], boxes[j], GAP);
      if (o.x > 0 && o.y > 0) return false;
    }
    return true;
  };
  let crossings = tangle(input, at);
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < ids.length; i++) {
      const p = at.get(ids[i])!;
      for (const [fx, fy] of [
        [0.25, 0.04],
        [0.25, 0],
        [0.1, 0],
        [0, 0.04],
      ]) {
        const [x, y] = [p.x, p.y];
        p.x -= x * fx;
        p.y -= y * fy;
        boxes[i].x = p.x;
        boxes[i].y = p.y;
        const n = clear(i) ? tangle(input, at) : Infinity;
        if (n <= crossings && (Math.abs(x - p.x) > 0.5 || Math.abs(y - p.y) > 0.5)) {
          crossings = n;
          moved = true;
          break;
        }
        [p.x, p.y] = [x, y];
        boxes[i].x = x;
        boxes[i].y = y;
      }
    }
    if (!moved) return;
  }
}

/** Swaps people where that removes crossings without making boxes touch; meetings move to their people. */
function untangle(input: LayoutInput, at: Map<string, Point>, budget: number): void {
  const movable = input.nodes.filter((n) => n.movable).map((n) => n.id);
  let best = tangle(input, at);
  for (let pass = 0; pass < 4 && best > 0 && budget > 0; pass++) {
    let improved = false;
    for (let i = 0; i < movable.length && budget > 0; i++)
      for (let j = i + 1; j < movable.length && budget > 0; j++) {
        budget -= 1;
        const [a, b] = [at.get(movable[i])!, at.get(movable[j])!];
        [a.x, b.x, a.y, b.y] = [b.x, a.x, b.y, a.y];
        const n = tangle(input, at);
        if (n < best && !anyOverlap(placed(input, at))) {
          best = n;
          improved = true;
        } else [a.x, b.x, a.y, b.y] = [b.x, a.x, b.y, a.y];
      }
    if (!improved) break;
  }
}

/** Moves dots off lines that are not theirs: each to the nearest spot around it that makes the picture less tangled. */
function unblock(input: LayoutInput, at: Map<string, Point>): void {
  let current = tangle(input, at);
  for (const node of input.nodes) {
    if (nodesOnLines(at, [node], input.lines) === 0) continue;
    const p = at.get(node.id)!;
    const [x, y] = [p.x, p.y];
    search: for (let r = 6; r <= 48; r += 6)
      for (let k = 0; k < 16; k++) {
        p.x = x + r * Math.cos((k * Math.PI) / 8);
        p.y = y + r * Math.sin((k * Math.PI) / 8);
        const n = tangle(input, at);
        if (n < current && !anyOverlap(placed(input, at))) {
          current = n;
          break search;
        }
        [p.x, p.y] = [x, y];
      }
  }
}

/** What the layout keeps low: lines that cross, and dots that a line not their own runs through. */
const tangle = (input: LayoutInput, at: Map<string, Point>) =>
  countCrossings(at, input.lines) + nodesOnLines(at, input.nodes, input.lines);

/** Up to this many nodes the picture is worth several tries, turns, swaps and squeezing (each costs lines²). */
const THOROUGH = 80;

/** Positions in pixels at reading size (labels 11.5 px): the app draws them at that size when the picture fits. */
export function readableLayout(input: LayoutInput, swapBudget = 20_000): Map<string, Point> {
  if (input.nodes.length > THOROUGH) {
    const at = upright(fcoseRun(input, SEEDS[0]));
    separate(input, at);
    tighten(input, at);
    return at;
  }
  let best: { at: Map<string, Point>; crossings: number } | null = null;
  for (const seed of SEEDS) {
    const at = narrowest(input, fcoseRun(input, seed));
    untangle(input, at, swapBudget / SEEDS.length);
    unblock(input, at);
    compact(input, at);
    const crossings = tangle(input, at);
    if (!best || crossings < best.crossings) best = { at, crossings };
    if (crossings === 0) break;
  }
  return best!.at;
}
