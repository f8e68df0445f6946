import type { Aggregate, Projection, Thinned } from './types';
import { aggregateId, parseSpokeId, type GraphIndex } from '../graph';
import { finish } from '../schema/steps';

/**
 * Most lines between collapsed organisations an overview draws, per kind: beyond that a picture is a hairball and
 * a slow one. The weakest are left out (the legend says so); opening an organisation shows all of its lines.
 */
export const OVERVIEW_LINES: Thinned = { met: 2000, agreement: 500 };

const NONE: readonly string[] = [];

/** The last projection worked out: a page works out the first view's while the loading worker still checks. */
let last: { index: GraphIndex; key: string; caps: Thinned; projection: Projection } | null = null;

/** What is drawn for a set of collapsed organisations: O(entities + edges), run when that set changes. */
export function project(index: GraphIndex, collapsed: ReadonlySet<string>, caps: Thinned = OVERVIEW_LINES): Projection {
  return finish(projectSteps(index, collapsed, caps));
}

/** The same, pausing every few thousand marks, so a page can work out the first view's in short tasks. */
export function* projectSteps(
  index: GraphIndex,
  collapsed: ReadonlySet<string>,
  caps: Thinned = OVERVIEW_LINES,
): Generator<void, Projection> {
  const key = [...collapsed].sort().join('\u0000');
  if (last && last.index === index && last.key === key && last.caps === caps) return last.projection;
  const projection = yield* projectAfresh(index, collapsed, caps);
  last = { index, key, caps, projection };
  return projection;
}

/** Marks read between two pauses of `projectSteps`. */
const STEP_MARKS = 10_000;

function* projectAfresh(index: GraphIndex, collapsed: ReadonlySet<string>, caps: Thinned): Generator<void, Projection> {
  const rep = new Map<string, string>();
  if (collapsed.size > 0) {
    for (const id of index.people.keys()) {
      const g = index.groupOf(id);
      if (g && collapsed.has(g)) rep.set(id, g);
    }
    for (const id of index.organizations.keys()) {
      const g = index.groupOf(id);
      if (g && collapsed.has(g)) rep.set(id, g);
    }
  }
  const nodeOf = (id: string) => rep.get(id) ?? id;
  let hiddenMeetings: ReadonlySet<string> = new Set();
  // A spoke's id names its meeting: no lookup needed.
  const hiddenSpoke = (id: string) => {
    const spoke = hiddenMeetings.size > 0 ? parseSpokeId(id) : null;
    return spoke !== null && hiddenMeetings.has(spoke.meeting);
  };
  const markMap = new Map<string, readonly string[]>();
  const aggregates = new Map<string, Aggregate>();
  const items = new Map<string, Set<string>>();
  const addTo = (kind: Aggregate['kind'], s: string, t: string, mark: string, shown: readonly string[]) => {
    const id = aggregateId(kind, s, t);
    let agg = aggregates.get(id);
    if (!agg) {
      agg = { id, kind, source: s < t ? s : t, target: s < t ? t : s, marks: [], n: 0 };
      aggregates.set(id, agg);
      items.set(id, new Set());
    }
    agg.marks.push(mark);
    for (const item of shown) items.get(id)!.add(item);
    return id;
  };
  if (collapsed.size > 0) {
    const marks = index.marks();
    const hidden = new Set<string>(); // meetings drawn as aggregates: their spokes are not drawn
    let n = 0;
    for (const mark of marks.all) {
      if (++n % STEP_MARKS === 0) yield;
      if (mark.kind === 'spoke') continue;
      if (mark.kind === 'meeting') {
        const people = index.meetings.get(mark.meeting)!.participants;
        if (people.every((p) => nodeOf(p) === p)) continue;
        hidden.add(mark.meeting);
        const ends = [...new Set(people.map(nodeOf))].sort();
        const out: string[] = [];
        // Lines to and between collapsed organisations; two people drawn as themselves have their own line.
        for (let i = 0; i < ends.length; i++)
          for (let j = i + 1; j < ends.length; j++)
            if (collapsed.has(ends[i]) || collapsed.has(ends[j]))
              out.push(addTo('met', ends[i], ends[j], mark.id, [mark.meeting]));
        markMap.set(mark.id, out);
        continue;
      }
      const s = nodeOf(mark.source);
      const t = nodeOf(mark.target);
      // Both ends drawn as themselves (a line to a collapsed organisation's own node included): kept as it is.
      if (s === mark.source && t === mark.target) continue;
      const kind = mark.kind === 'pair' ? 'met' : 'agreement';
      const shown = mark.kind === 'pair' ? mark.meetings : mark.agreements;
      markMap.set(mark.id, s === t ? [] : [addTo(kind, s, t, mark.id, shown)]);
    }
    // The spokes of those meetings are looked up when asked for (drawnAs), not stored: 400,000 of them at 20k.
    hiddenMeetings = hidden;
    for (const [id, seen] of items) aggregates.get(id)!.n = seen.size;
  }
  const thinned = { met: 1, agreement: 1 };
  for (const kind of ['met', 'agreement'] as const) {
    const between = [...aggregates.values()].filter(
      (a) => a.kind === kind && collapsed.has(a.source) && collapsed.has(a.target),
    );
    if (between.length <= caps[kind]) continue;
    // The least count that keeps at most `cap` lines: everything above the cap-th strongest line's count.
    const counts = between.map((a) => a.n).sort((x, y) => y - x);
    thinned[kind] = counts[caps[kind]] + 1;
    for (const a of between) {
      if (a.n >= thinned[kind]) continue;
      aggregates.delete(a.id);
      for (const m of a.marks)
        markMap.set(
          m,
          (markMap.get(m) ?? []).filter((id) => id !== a.id),
        );
    }
  }
  return {
    index,
    collapsed,
    nodeOf,
    drawnAs: (id) => markMap.get(id) ?? (hiddenSpoke(id) ? NONE : [id]),
    hidesSpoke: (mark) => hiddenMeetings.has(mark.meeting),
    aggregates,
    thinned,
  };
}
