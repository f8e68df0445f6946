// Fast deterministic layout for large graphs: one disc per top-level group (its organisations at the centre,
// its people in a phyllotaxis spiral around them), discs packed in rows, largest first.
import { compareStrings } from '../order';
import type { Linked, Positions } from '../pipeline/types';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring nodes in a spiral. */
const STEP = 1;
/** Radius of the k-th node of a spiral: Vogel's model keeps neighbours about STEP apart. */
const spiralRadius = (k: number) => STEP * 0.6 * Math.sqrt(k + 0.5);

interface Group {
  id: string;
  members: string[];
}

export function groupedLayout(g: Linked): Positions {
  const parentOf = new Map(g.organizations.map((o) => [o.id, o.parent]));
  const topOf = (org: string) => {
    let top = org;
    for (let p = parentOf.get(top); p !== undefined; p = parentOf.get(top)) top = p;
    return top;
  };
  const degree = new Map<string, number>();
  for (const e of g.edges) {
    if (e.kind !== 'met') continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }

  const groups = new Map<string, Group>();
  const groupOf = (id: string) => {
    let grp = groups.get(id);
    if (!grp) groups.set(id, (grp = { id, members: [] }));
    return grp;
  };
  // Organisations first (the group's root at the very centre), then people by sub-organisation and degree.
  const orgs = [...g.organizations].sort(
    (a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined) || compareStrings(a.id, b.id),
  );
  for (const o of orgs) groupOf(topOf(o.id)).members.push(o.id);
  const firstOrg = (p: Linked['people'][number]) => p.affiliations[0]?.org ?? '';
  const people = [...g.people].sort(
    (a, b) =>
      compareStrings(firstOrg(a), firstOrg(b)) ||
      (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) ||
      compareStrings(a.id, b.id),
  );
  // People without an organisation form one group of their own.
  for (const p of people) groupOf(p.group ?? '').members.push(p.id);

  const discs = [...groups.values()]
    .map((grp) => ({ grp, r: spiralRadius(grp.members.length) + STEP }))
    .sort((a, b) => b.r - a.r || compareStrings(a.grp.id, b.grp.id));

  // Shelf packing: rows about as wide as the whole drawing is tall, so the result is roughly square.
  const totalArea = discs.reduce((s, d) => s + 4 * d.r * d.r, 0);
  const rowWidth = Math.max(Math.sqrt(totalArea) * 1.4, discs[0] ? 2 * discs[0].r : 0);
  const out: Positions = new Map();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const { grp, r } of discs) {
    if (x > 0 && x + 2 * r > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const cx = x + r;
    const cy = y + r;
    grp.members.forEach((id, k) => {
      const rad = spiralRadius(k);
      out.set(id, { x: cx + rad * Math.cos(k * GOLDEN_ANGLE), y: cy + rad * Math.sin(k * GOLDEN_ANGLE) });
    });
    x += 2 * r;
    rowHeight = Math.max(rowHeight, 2 * r);
  }
  return out;
}
