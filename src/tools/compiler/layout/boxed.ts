// Positions for "Group by organisation": each top-level organisation's people, sub-organisations and the meetings
// among them keep their arrangement, drawn together inside one box until their labels would touch; the boxes start
// where their people were and are pushed apart until none overlap; a meeting across boxes goes among its people.
import { overlapOf, type Box, type Placed } from './boxes';
import { separate, type LayoutInput } from './readable';

type Point = { x: number; y: number };

export interface BoxedInput {
  /** Every node drawn in grouping mode with its box, and the top-level organisation it is drawn inside (if any). */
  nodes: { id: string; box: Box; group?: string }[];
  /** Top-level organisations drawn as boxes, with the size of their label above the box. */
  groups: { id: string; label: Box }[];
}

/** Room between a box's edge and what is inside it (the stylesheet's compound padding). */
const PADDING = 14;
const GAP = 12;
/** How far things are first drawn together before being pushed apart until nothing overlaps. */
const SHRINK = 0.3;

/** The placed box around a group's members (relative to the group's centre), its label on top. */
function frame(members: Placed[], label: Box): Box & { dx: number; dy: number } {
  const x1 = Math.min(...members.map((m) => m.x - m.box.halfWidth)) - PADDING;
  const x2 = Math.max(...members.map((m) => m.x + m.box.halfWidth)) + PADDING;
  const y1 = Math.min(...members.map((m) => m.y - m.box.above)) - PADDING - label.below;
  const y2 = Math.max(...members.map((m) => m.y + m.box.below)) + PADDING;
  const halfWidth = Math.max((x2 - x1) / 2, label.halfWidth);
  return { halfWidth, above: (y2 - y1) / 2, below: (y2 - y1) / 2, dx: (x1 + x2) / 2, dy: (y1 + y2) / 2 };
}

const centroid = (pts: Point[]): Point =>
  pts.length === 0
    ? { x: 0, y: 0 }
    : { x: pts.reduce((s, p) => s + p.x, 0) / pts.length, y: pts.reduce((s, p) => s + p.y, 0) / pts.length };

/**
 * `at`: the readable layout. `between`: meetings whose people are in different boxes, with those people. Returns
 * the grouped position of every node, and of each group (the centre of its box).
 */
export function boxedLayout(
  input: BoxedInput,
  at: ReadonlyMap<string, Point>,
  between: { id: string; box: Box; people: string[] }[],
): Map<string, Point> {
  const members = new Map<string, BoxedInput['nodes']>();
  const alone: BoxedInput['nodes'] = [];
  for (const n of input.nodes) {
    if (n.group === undefined) alone.push(n);
    else members.set(n.group, [...(members.get(n.group) ?? []), n]);
  }
  // Inside each box: the readable arrangement around its centre, as tight as it goes.
  const inner = new Map<string, Map<string, Point>>();
  const blocks: LayoutInput['nodes'] = [];
  const start = new Map<string, Point>();
  const offsets = new Map<string, Point>();
  for (const g of input.groups) {
    const list = members.get(g.id) ?? [];
    if (list.length === 0) continue;
    const c = centroid(list.map((n) => at.get(n.id)!));
    // Drawn together, then pushed apart just enough: the box stays small and keeps the arrangement's gist.
    const rel = new Map(
      list.map((n) => [n.id, { x: (at.get(n.id)!.x - c.x) * SHRINK, y: (at.get(n.id)!.y - c.y) * SHRINK }]),
    );
    const sub: LayoutInput = { nodes: list.map((n) => ({ id: n.id, box: n.box, movable: true })), lines: [] };
    separate(sub, rel);
    inner.set(g.id, rel);
    const box = frame(
      list.map((n) => ({ ...rel.get(n.id)!, box: n.box })),
      g.label,
    );
    blocks.push({ id: g.id, box, movable: true });
    offsets.set(g.id, { x: box.dx, y: box.dy });
    start.set(g.id, { x: c.x + box.dx, y: c.y + box.dy });
  }
  for (const n of alone) {
    blocks.push({ id: n.id, box: n.box, movable: true });
    start.set(n.id, { ...at.get(n.id)! });
  }
  // The boxes, where their people were, pushed apart and then drawn together as far as none overlap.
  const packed: LayoutInput = { nodes: blocks, lines: [] };
  const spread = new Map([...start].map(([id, p]) => [id, { x: p.x * SHRINK, y: p.y * SHRINK }]));
  separate(packed, spread, GAP);

  const out = new Map<string, Point>();
  for (const [g, rel] of inner) {
    const centre = spread.get(g)!;
    const off = offsets.get(g)!;
    out.set(g, centre);
    for (const [id, p] of rel) out.set(id, { x: centre.x - off.x + p.x, y: centre.y - off.y + p.y });
  }
  for (const n of alone) out.set(n.id, spread.get(n.id)!);

  // Meetings across boxes: among their people, in the nearest gap.
  const taken: Placed[] = blocks.map((b) => ({ ...spread.get(b.id)!, box: b.box }));
  for (const m of between) {
    const c = centroid(m.people.map((p) => out.get(p)).filter((p) => p !== undefined));
    const p = nearestGap(c, m.box, taken);
    out.set(m.id, p);
    taken.push({ ...p, box: m.box });
  }
  return out;
}

/** The first place on a widening spiral around `c` where `box` touches nothing taken. */
function nearestGap(c: Point, box: Box, taken: readonly Placed[]): Point {
  const clear = (p: Point) =>
    taken.every((t) => {
      const o = overlapOf({ ...p, box }, t, 4);
      return o.x <= 0 || o.y <= 0;
    });
  for (let r = 0; r < 5000; r += 6)
    for (let k = 0; k < 24; k++) {
      const a = (k * Math.PI) / 12;
      const p = { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) };
      if (clear(p)) return p;
      if (r === 0) break;
    }
  return c;
}
