// What Cytoscape holds: the marks seen through the collapsed organisations, with visibility counted per drawn element.
import { project, type Projection } from '../collapse';
import { affiliationId, createVisibilityTracker, type GraphIndex, type Palette } from '../graph';
import type { Visibility, VisibilityChange } from '../graph';
import { markElement, titleOnly } from './markElement';
import type { DrawnGraph, MeetingLabel } from './types';
import type { ElementDefinition } from 'cytoscape';

export function createDrawnGraph(
  index: GraphIndex,
  palette: Palette,
  collapsed: ReadonlySet<string>,
  label: MeetingLabel = titleOnly,
): DrawnGraph {
  // Spokes of meetings drawn as aggregate lines are drawn as nothing: the tracker need not name them.
  const tracker = createVisibilityTracker(index, (mark) => mark.kind === 'spoke' && proj.hidesSpoke(mark));
  const members = index.collapsibleGroups();
  let proj = project(index, collapsed);
  const marks = index.marks();
  // Visible marks per aggregate, and active members (itself included) per collapsed organisation.
  let edgeCounts = new Map<string, number>();
  let nodeCounts = new Map<string, number>();

  /** Counts from the tracker's state; before its first update nothing is in view, so all are zero. */
  const recount = (fresh: boolean) => {
    edgeCounts = new Map();
    nodeCounts = new Map();
    for (const agg of proj.aggregates.values()) {
      let n = 0;
      if (!fresh) for (const m of agg.marks) if (tracker.isMarkVisible(m)) n++;
      edgeCounts.set(agg.id, n);
    }
    for (const g of proj.collapsed) nodeCounts.set(g, 0);
    if (fresh || proj.collapsed.size === 0) return;
    for (const id of [...index.people.keys(), ...index.organizations.keys()]) {
      const g = proj.nodeOf(id);
      if (proj.collapsed.has(g) && tracker.isEntityActive(id)) nodeCounts.set(g, nodeCounts.get(g)! + 1);
    }
  };
  const markVisible = (id: string) => (proj.aggregates.has(id) ? edgeCounts.get(id)! > 0 : tracker.isMarkVisible(id));
  const nodeActive = (id: string) => (proj.collapsed.has(id) ? nodeCounts.get(id)! > 0 : tracker.isEntityActive(id));

  const elementsOf = (p: Projection): Map<string, ElementDefinition> => {
    const out = new Map<string, ElementDefinition>();
    const state = (id: string) => (nodeActive(id) ? '' : ' inactive faded');
    const shown = (id: string) => (markVisible(id) ? '' : ' hidden');
    for (const org of index.organizations.values()) {
      if (p.nodeOf(org.id) !== org.id) continue;
      const size = members.get(org.id);
      const top = index.groupOf(org.id) ?? org.id;
      const data: Record<string, unknown> = { id: org.id, ko: org.name.ko, en: org.name.en, top };
      // Organisations with people carry their collapsed look too, so collapsing is a class change.
      if (size !== undefined)
        Object.assign(data, {
          members: size,
          color: palette.colorOf(org.id),
          cko: `${org.name.ko}\n${size}명`,
          cen: `${org.name.en}\n${size} ${size === 1 ? 'person' : 'people'}`,
        });
      const kind = p.collapsed.has(org.id) ? 'org collapsed' : 'org';
      out.set(org.id, { group: 'nodes', data, position: { x: org.x, y: org.y }, classes: kind + state(org.id) });
    }
    for (const person of index.people.values()) {
      if (p.nodeOf(person.id) !== person.id) continue;
      const [first] = person.affiliations;
      const org = first && index.organizations.get(first.org);
      out.set(person.id, {
        group: 'nodes',
        data: {
          id: person.id,
          ko: person.name.ko,
          en: person.name.en,
          // Hovered or selected: who they are, under their name.
          kon: org ? `${person.name.ko}\n${org.name.ko} ${first.title.ko}` : person.name.ko,
          enn: org ? `${person.name.en}\n${first.title.en}, ${org.name.en}` : person.name.en,
          color: palette.colorOf(person.group),
          shape: palette.swatchOf(person.group).shape,
          group: person.group ?? '',
          n: index.meetingsOf(person.id).length,
        },
        position: { x: person.x, y: person.y },
        classes: 'person' + state(person.id),
      });
    }
    for (const mark of marks.all) {
      if (mark.kind === 'spoke' && p.hidesSpoke(mark)) continue;
      const as = p.drawnAs(mark.id);
      if (as.length !== 1 || as[0] !== mark.id) continue;
      out.set(mark.id, markElement(index, mark, shown(mark.id), label));
    }
    for (const person of index.people.values())
      for (const { org } of person.affiliations) {
        if (p.nodeOf(person.id) !== person.id || p.nodeOf(org) !== org || !index.organizations.has(org)) continue;
        const id = affiliationId(person.id, org);
        out.set(id, { group: 'edges', data: { id, source: person.id, target: org }, classes: 'aff' });
      }
    for (const a of p.aggregates.values()) {
      // Width on a log scale: one organisation pair may stand for hundreds of meetings.
      const data = { id: a.id, source: a.source, target: a.target, n: a.n, lw: Math.log2(1 + a.n) };
      out.set(a.id, { group: 'edges', data, classes: `${a.kind.slice(0, 3)} agg${shown(a.id)}` });
    }
    return out;
  };
  recount(true);
  // Ids drawn now, to tell what a restructure adds and removes (known once the elements were handed out).
  let drawn: ReadonlySet<string> | null = null;
  const listeners = new Set<() => void>();
  let snapshot: Visibility | null = null;

  return {
    tracker,
    projection: () => proj,
    elements() {
      const all = elementsOf(proj);
      drawn = new Set(all.keys());
      return [...all.values()];
    },
    update(range, orgFilters) {
      const raw = tracker.update(range, orgFilters);
      // The meetings in view can change with no edge or person changing (a pair's second meeting): always tell.
      snapshot = null;
      listeners.forEach((l) => l());
      if (proj.collapsed.size === 0) return raw;
      const out: VisibilityChange = { marksShown: [], marksHidden: [], entitiesActivated: [], entitiesFaded: [] };
      const count = (counts: Map<string, number>, id: string, d: 1 | -1, on: string[], off: string[]) => {
        const before = counts.get(id)!;
        counts.set(id, before + d);
        if (d === 1 && before === 0) on.push(id);
        else if (d === -1 && before === 1) off.push(id);
      };
      for (const [list, d] of [
        [raw.marksShown, 1],
        [raw.marksHidden, -1],
      ] as const)
        for (const id of list) {
          const as = proj.drawnAs(id);
          if (as.length === 1 && as[0] === id) (d === 1 ? out.marksShown : out.marksHidden).push(id);
          else for (const agg of as) count(edgeCounts, agg, d, out.marksShown, out.marksHidden);
        }
      for (const [list, d] of [
        [raw.entitiesActivated, 1],
        [raw.entitiesFaded, -1],
      ] as const)
        for (const id of list) {
          const n = proj.nodeOf(id);
          if (proj.collapsed.has(n)) count(nodeCounts, n, d, out.entitiesActivated, out.entitiesFaded);
          else (d === 1 ? out.entitiesActivated : out.entitiesFaded).push(id);
        }
      return out;
    },
    collapse(next) {
      const before = proj;
      const beforeIds = drawn ?? new Set(elementsOf(before).keys());
      const wasActive = new Map<string, boolean>();
      for (const g of new Set([...before.collapsed, ...next])) wasActive.set(g, nodeActive(g));
      proj = project(index, next);
      recount(false);
      const after = elementsOf(proj);
      const removed = [...beforeIds].filter((id) => !after.has(id));
      const added = [...after.entries()].filter(([id]) => !beforeIds.has(id)).map(([, el]) => el);
      drawn = new Set(after.keys());
      const change: VisibilityChange = { marksShown: [], marksHidden: [], entitiesActivated: [], entitiesFaded: [] };
      for (const [g, was] of wasActive) {
        if (!after.has(g)) continue;
        const now = nodeActive(g);
        if (now !== was) (now ? change.entitiesActivated : change.entitiesFaded).push(g);
      }
      return {
        removed,
        added,
        collapsedOn: [...next].filter((g) => !before.collapsed.has(g)),
        collapsedOff: [...before.collapsed].filter((g) => !next.has(g)),
        change,
      };
    },
    underlying: (id) => proj.aggregates.get(id)?.marks ?? [id],
    visibility: () => (snapshot ??= tracker.visibility()),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
