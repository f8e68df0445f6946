// A map that keeps its shape as the archive grows: what the previous graph.json placed stays where it was, and
// what is new goes near those it met, on the closest spot where it touches nothing and crosses fewest lines.
import { crosses, distanceToSegment, dotRadius, overlapOf, type Box, type Placed } from './boxes';
import type { LayoutInput } from './readable';

type Point = { x: number; y: number };
const GAP = 8;
/** Rings searched around a new node's neighbours: one line's length apart, out to a picture's width. */
const RING = 18;
const RINGS = 40;
const ANGLES = 16;
const SLACK = 0.5;

/** Enough of the previous picture is left to build on; with less, a fresh layout reads better. */
export function canKeep(input: LayoutInput, previous: ReadonlyMap<string, Point>): boolean {
  const people = input.nodes.filter((n) => n.movable);
  const known = people.filter((n) => previous.has(n.id)).length;
  return known > 0 && known * 2 >= people.length;
}

/**
 * Positions with every previously placed node where it was. `thorough`: each spot scored by the crossings it adds
 * and grown boxes moved apart (readable maps); otherwise the first clear spot nearest the neighbours (archives
 * drawn with the grouped layout, which promises no spacing).
 */
export function keptLayout(
  input: LayoutInput,
  previous: ReadonlyMap<string, Point>,
  thorough: boolean,
): Map<string, Point> {
  const box = new Map(input.nodes.map((n) => [n.id, n.box]));
  const at = new Map<string, Point>();
  for (const n of input.nodes) {
    const p = previous.get(n.id);
    if (p) at.set(n.id, { x: p.x, y: p.y });
  }
  const neighbours = new Map<string, string[]>(input.nodes.map((n) => [n.id, []]));
  for (const l of input.lines) {
    neighbours.get(l.a)?.push(l.b);
    neighbours.get(l.b)?.push(l.a);
  }
  const placed: (Placed & { id: string })[] = [...at].map(([id, p]) => ({ id, ...p, box: box.get(id)! }));
  const waiting = input.nodes.filter((n) => !at.has(n.id));
  const added: typeof waiting = [];
  while (waiting.length > 0) {
    // The one most tied to the picture first: its place is the best known.
    let best = 0;
    let most = -1;
    waiting.forEach((n, i) => {
      const k = neighbours.get(n.id)!.filter((id) => at.has(id)).length;
      if (k > most) [best, most] = [i, k];
    });
    const [node] = waiting.splice(best, 1);
    const p = spotFor(node.id, node.box, { at, placed, neighbours, lines: input.lines, thorough });
    at.set(node.id, p);
    placed.push({ id: node.id, ...p, box: node.box });
    added.push(node);
  }
  // Placed in turn, each new node saw only those before it: once all are there, each looks again.
  for (let pass = 0; thorough && pass < 2; pass++)
    for (const node of added) {
      const i = placed.findIndex((q) => q.id === node.id);
      const [self] = placed.splice(i, 1);
      at.delete(node.id);
      const p = spotFor(node.id, node.box, { at, placed, neighbours, lines: input.lines, thorough });
      at.set(node.id, p);
      placed.splice(i, 0, { ...self, ...p });
    }
  if (thorough) settle(placed, previous);
  return new Map(placed.map((p) => [p.id, { x: p.x, y: p.y }]));
}

interface Picture {
  at: Map<string, Point>;
  placed: readonly (Placed & { id: string })[];
  neighbours: ReadonlyMap<string, string[]>;
  lines: LayoutInput['lines'];
  thorough: boolean;
}

/** Around the placed neighbours' centre, or below the picture for someone who met nobody on it yet. */
function spotFor(id: string, box: Box, pic: Picture): Point {
  const known = pic.neighbours.get(id)!.flatMap((n) => pic.at.get(n) ?? []);
  const centre = known.length > 0 ? mean(known) : belowPicture(pic.placed);
  const clear = (p: Point) =>
    pic.placed.every((q) => {
      const o = overlapOf({ ...p, box }, q, GAP);
      return o.x <= 0 || o.y <= 0;
    });
  let found: { p: Point; score: number } | null = null;
  let lastRing = RINGS;
  for (let r = known.length > 1 ? 0 : 1; r <= Math.min(RINGS, lastRing); r++)
    for (let k = 0; k < (r === 0 ? 1 : ANGLES); k++) {
      const a = (2 * Math.PI * k) / ANGLES + (r % 2) * (Math.PI / ANGLES);
      const p = { x: centre.x + r * RING * Math.cos(a), y: centre.y + r * RING * Math.sin(a) };
      if (!clear(p)) continue;
      if (!pic.thorough) return p;
      // Crossings count most, then a dot on someone else's line, then distance.
      const score = tangleAt(id, p, box, pic) * 1e6 + Math.hypot(p.x - centre.x, p.y - centre.y);
      if (!found || score < found.score) found = { p, score };
      // A spot two rings further out is never closer; beyond that only fewer crossings would win.
      if (lastRing === RINGS) lastRing = r + 4;
    }
  return found?.p ?? centre;
}

/** The crossings and brushed dots that putting `id` at `p` adds, counting only what is already placed. */
function tangleAt(id: string, p: Point, box: Box, pic: Picture): number {
  const mine = pic.neighbours.get(id)!.filter((n) => pic.at.has(n));
  let n = 0;
  for (const l of pic.lines) {
    const [a, b] = [pic.at.get(l.a), pic.at.get(l.b)];
    if (!a || !b) continue;
    for (const m of mine) {
      if (l.a === m || l.b === m || l.a === id || l.b === id) continue;
      if (crosses(p, pic.at.get(m)!, a, b)) n++;
    }
    if (l.a !== id && l.b !== id && distanceToSegment(p, a, b) < dotRadius(box) + 4) n++;
  }
  for (const q of pic.placed)
    for (const m of mine) if (q.id !== m && distanceToSegment(q, p, pic.at.get(m)!) < dotRadius(q.box) + 4) n++;
  return n;
}

/**
 * Boxes that grew (a person with more meetings draws a bigger dot) may now touch a neighbour: the newer of the two
 * moves, or both a little when both were there before.
 */
function settle(placed: (Placed & { id: string })[], previous: ReadonlyMap<string, Point>): void {
  const share = (mover: string, other: string) =>
    previous.has(mover) === previous.has(other) ? 0.5 : previous.has(mover) ? 0 : 1;
  for (let round = 0; round < 100; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i], placed[j]];
        const o = overlapOf(a, b, GAP);
        // Half a unit is left alone: positions are written rounded to 0.1, and the next compile must not move them.
        if (o.x <= SLACK || o.y <= SLACK) continue;
        moved = true;
        const [sa, sb] = [share(a.id, b.id), share(b.id, a.id)];
        if (o.x < o.y) {
          const d = (o.x + SLACK) * (a.x <= b.x ? 1 : -1);
          a.x -= d * sa;
          b.x += d * sb;
        } else {
          const d = (o.y + SLACK) * (a.y <= b.y ? 1 : -1);
          a.y -= d * sa;
          b.y += d * sb;
        }
      }
    if (!moved) return;
  }
}

const mean = (pts: readonly Point[]): Point => ({
  x: pts.reduce((s, p) => s + p.x, 0) / pts.length,
  y: pts.reduce((s, p) => s + p.y, 0) / pts.length,
});

function belowPicture(placed: readonly Placed[]): Point {
  if (placed.length === 0) return { x: 0, y: 0 };
  const bottom = Math.max(...placed.map((p) => p.y + p.box.below));
  return { x: mean(placed).x, y: bottom + 40 };
}
