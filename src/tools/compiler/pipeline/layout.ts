// Stage 5: positions computed at build time so the app paints at once, with no layout in the browser. People and
// the meetings drawn as nodes (three people or more, or one person at an event) are laid out for reading
// (../layout/readable): no label touches another, few lines cross, the picture fits a phone. Archives too large
// for that get the fast grouped layout (../layout/grouped). Organisations sit among their people. What the previous
// graph.json drew is kept: places (../layout/kept) and each organisation's swatch (its colour and shape).
import { assignSwatches, drawnAsNode, groupWeights, meetingNodeId } from '../../../core/graph';
import { boxedLayout, type BoxedInput } from '../layout/boxed';
import { labelSize, MEETING_BOX, personBox, type Box } from '../layout/boxes';
import { groupedLayout } from '../layout/grouped';
import { canKeep, keptLayout } from '../layout/kept';
import { readableLayout, type LayoutInput } from '../layout/readable';
import type { Layout, Linked, Positions } from './types';

/** Beyond these sizes the readable layout takes over ten seconds (about 8 s at 627 nodes, 2222 lines); the grouped
 * layout takes milliseconds. */
export const FCOSE_MAX_NODES = 1000;
export const FCOSE_MAX_EDGES = 3000;
/** Area given to each node in the grouped layout: 30 nodes spread over about 1200×800 units. */
const AREA_PER_NODE = (1200 * 800) / 30;

export function readableInput(g: Linked): LayoutInput {
  const count = new Map<string, number>();
  for (const m of g.meetings) for (const p of m.participants) count.set(p, (count.get(p) ?? 0) + 1);
  const most = Math.max(1, ...count.values());
  const input: LayoutInput = {
    nodes: g.people.map((p) => ({
      id: p.id,
      box: personBox([p.name.ko, p.name.en], count.get(p.id) ?? 0, most),
      movable: true,
    })),
    lines: [],
  };
  const pairs = new Set<string>();
  for (const m of g.meetings) {
    if (!drawnAsNode(m.participants)) {
      const [a, b] = [...m.participants].sort();
      if (!pairs.has(`${a} ${b}`)) input.lines.push({ a, b, length: 90 });
      pairs.add(`${a} ${b}`);
      continue;
    }
    const id = meetingNodeId(m.id);
    input.nodes.push({ id, box: MEETING_BOX, movable: false });
    for (const p of new Set(m.participants)) input.lines.push({ a: id, b: p, length: 50 });
  }
  return input;
}

/** Where a meeting's node goes when people were placed without it: among its people. */
function centroid(at: Positions, ids: readonly string[]): { x: number; y: number } {
  const pts = ids.map((id) => at.get(id)).filter((p) => p !== undefined);
  if (pts.length === 0) return { x: 0, y: 0 };
  return { x: pts.reduce((s, p) => s + p.x, 0) / pts.length, y: pts.reduce((s, p) => s + p.y, 0) / pts.length };
}

/**
 * `previous`: where the last graph.json drew each node. When most people are still there, they keep their places
 * and only what is new is placed; otherwise (or with none) the whole picture is laid out afresh.
 */
export function layout(g: Linked, previous?: ReadonlyMap<string, { x: number; y: number }>): Layout {
  const input = readableInput(g);
  const large = input.nodes.length > FCOSE_MAX_NODES || input.lines.length > FCOSE_MAX_EDGES;
  const kept = previous !== undefined && canKeep(input, previous);
  const at: Positions = kept
    ? keptLayout(input, previous, !large)
    : large
      ? normalise(groupedLayout(g), g.people.length + g.organizations.length)
      : readableLayout(input);
  if (large && !kept)
    for (const m of g.meetings)
      if (drawnAsNode(m.participants)) at.set(meetingNodeId(m.id), centroid(at, m.participants));
  // Organisations among their people (a box drawn around them, or their node when collapsed).
  const members = new Map<string, string[]>();
  const parentOf = new Map(g.organizations.map((o) => [o.id, o.parent]));
  for (const p of g.people)
    for (const { org } of p.affiliations)
      for (let o: string | undefined = org; o; o = parentOf.get(o)) members.set(o, [...(members.get(o) ?? []), p.id]);
  for (const o of g.organizations)
    if (!at.has(o.id)) at.set(o.id, (kept && previous.get(o.id)) || centroid(at, members.get(o.id) ?? []));
  // The grouped layout already keeps each organisation's people together: boxes need no other places. A kept
  // picture is not centred again: the app centres what it draws, and a shift would move everyone.
  const placed = kept ? rounded(at) : centred(at);
  return { at: placed, grouped: large ? new Map() : centred(boxed(g, placed, input)) };
}

/** Where everything goes when organisations are drawn as boxes around their people. */
function boxed(g: Linked, at: Positions, readable: LayoutInput): Positions {
  const boxes = new Map<string, Box>(readable.nodes.map((n) => [n.id, n.box]));
  const parentOf = new Map(g.organizations.map((o) => [o.id, o.parent]));
  const topOf = (id: string) => {
    let top = id;
    for (let p = parentOf.get(top); p !== undefined && p !== id; p = parentOf.get(top)) top = p;
    return top;
  };
  const input: BoxedInput = { nodes: [], groups: [] };
  const withMembers = new Set<string>([
    ...g.people.flatMap((p) => (p.group ? [p.group] : [])),
    ...g.organizations.filter((o) => o.parent !== undefined).map((o) => topOf(o.id)),
  ]);
  for (const o of g.organizations) {
    if (o.parent === undefined && withMembers.has(o.id)) {
      const label = labelSize(o.name.ko.length > o.name.en.length ? o.name.ko : o.name.en);
      input.groups.push({ id: o.id, label: { halfWidth: label.width / 2 + 4, above: 0, below: 18 * label.lines } });
      continue;
    }
    const box = personBox([o.name.ko, o.name.en], 0, 1);
    input.nodes.push({ id: o.id, box, group: o.parent === undefined ? undefined : topOf(o.id) });
  }
  const groupOf = new Map(g.people.map((p) => [p.id, p.group]));
  for (const p of g.people) input.nodes.push({ id: p.id, box: boxes.get(p.id)!, group: p.group });
  const between: { id: string; box: Box; people: string[] }[] = [];
  for (const m of g.meetings) {
    if (!drawnAsNode(m.participants)) continue;
    const groups = new Set(m.participants.map((p) => groupOf.get(p)));
    const [only] = groups;
    const id = meetingNodeId(m.id);
    if (groups.size === 1 && only !== undefined) input.nodes.push({ id, box: MEETING_BOX, group: only });
    else between.push({ id, box: MEETING_BOX, people: m.participants });
  }
  return boxedLayout(input, at, between);
}

const round = (v: number) => Math.round(v * 10) / 10 + 0; // + 0 turns -0 into 0

/** Centred on 0,0 and rounded to 0.1 unit, so the same input gives the same bytes. */
function centred(at: Positions): Positions {
  const pts = [...at.values()];
  if (pts.length === 0) return at;
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  return new Map([...at].map(([id, p]) => [id, { x: round(p.x - cx), y: round(p.y - cy) }]));
}

const rounded = (at: Positions): Positions => new Map([...at].map(([id, p]) => [id, { x: round(p.x), y: round(p.y) }]));

/** The grouped layout spread to a fixed area per node. */
function normalise(raw: Positions, n: number): Positions {
  const pts = [...raw.values()];
  if (pts.length === 0) return new Map();
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const area = Math.max(Math.max(...xs) - Math.min(...xs), 1) * Math.max(Math.max(...ys) - Math.min(...ys), 1);
  const scale = n < 2 ? 1 : Math.sqrt((n * AREA_PER_NODE) / area);
  return new Map([...raw].map(([id, p]) => [id, { x: p.x * scale, y: p.y * scale }]));
}

/** Each organisation's swatch (core/graph/palette): the ones the previous graph.json gave kept, new ones added. */
export function swatchesOf(g: Linked, kept: ReadonlyMap<string, number> = new Map()): Map<string, number> {
  const orgIds = new Set(g.organizations.map((o) => o.id));
  const meetings = g.meetings.map((m) => ({ participants: m.participants, articles: m.sources.map((s) => s.article) }));
  return assignSwatches(
    groupWeights(g.people, meetings, (id) => orgIds.has(id)),
    kept,
  );
}
