// The graph as typed arrays (items = meetings then agreements), so slider steps allocate nothing per element.
import type { GraphIndex } from './types';
import { finish } from '../schema/steps';

export interface Compiled {
  nMeetings: number;
  nItems: number;
  nMarks: number;
  nEntities: number;
  start: Int32Array;
  end: Int32Array;
  /** Item indices by (start, end, index), and their start days. */
  byStart: Int32Array;
  startSorted: Int32Array;
  /** Item indices by end day, and those end days. */
  byEnd: Int32Array;
  endSorted: Int32Array;
  /** CSR lists: item → marks (marks.ts), item → entities, entity → organisations (itself and ancestors). */
  itemMarkOff: Int32Array;
  itemMark: Int32Array;
  itemEntOff: Int32Array;
  itemEnt: Int32Array;
  entOrgOff: Int32Array;
  entOrg: Int32Array;
  isPerson: Uint8Array;
  entityIds: string[];
  entityIndex: Map<string, number>;
}

/** First k with a[k] >= x. */
export function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First k with a[k] > x. */
export function upperBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function csr(lists: number[][]): { off: Int32Array; list: Int32Array } {
  const off = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) off[i + 1] = off[i] + lists[i].length;
  const list = new Int32Array(off[lists.length]);
  for (let i = 0; i < lists.length; i++) list.set(lists[i], off[i]);
  return { off, list };
}

/** Worked out ahead (a page does it in short tasks), for the index's `compiled()` to pick up. */
const ahead = new WeakMap<GraphIndex, Compiled>();

/** Read-only once built: the graph's and the list's trackers share the index's one (`index.compiled()`). */
export function compile(index: GraphIndex): Compiled {
  return ahead.get(index) ?? finish(compileSteps(index));
}

/** Items read between two pauses of `compileSteps`. */
const STEP_ITEMS = 5000;

/** The same, pausing every few thousand items; what it makes is kept for `compile` to return. */
export function* compileSteps(index: GraphIndex): Generator<void, Compiled> {
  const { meetings, agreements, entities } = index.graph;
  const items = [
    ...meetings.map((m) => ({ id: m.id, ids: m.participants })),
    ...agreements.map((a) => ({ id: a.id, ids: a.parties })),
  ];
  const nItems = items.length;
  const entityIds = entities.map((e) => e.id);
  const entityIndex = new Map(entityIds.map((id, n) => [id, n]));
  const isPerson = Uint8Array.from(entities, (e) => (e.kind === 'person' ? 1 : 0));

  const start = new Int32Array(nItems);
  const end = new Int32Array(nItems);
  const itemEnts: number[][] = [];
  for (let i = 0; i < nItems; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const item = items[i];
    const d = index.daysOf(item.id)!;
    start[i] = d.from;
    end[i] = d.to;
    const ents = new Set<number>();
    for (const id of item.ids) {
      const n = entityIndex.get(id);
      if (n !== undefined) ents.add(n);
    }
    itemEnts.push([...ents]);
  }
  yield;

  const marks = index.marks();
  const itemMarks = items.map((item) => [...marks.placesOf(item.id)]);
  yield;

  const entOrgs = entities.map((e) => {
    const orgs: number[] = [];
    for (const o of index.orgsOf(e.id)) orgs.push(entityIndex.get(o)!);
    return orgs;
  });

  const order = Int32Array.from({ length: nItems }, (_, i) => i);
  const byStart = order.slice().sort((a, b) => start[a] - start[b] || end[a] - end[b] || a - b);
  yield;
  const byEnd = order.slice().sort((a, b) => end[a] - end[b] || a - b);
  yield;
  const im = csr(itemMarks);
  const in_ = csr(itemEnts);
  const eo = csr(entOrgs);
  const compiled: Compiled = {
    nMeetings: meetings.length,
    nItems,
    nMarks: marks.all.length,
    nEntities: entities.length,
    start,
    end,
    byStart,
    startSorted: Int32Array.from(byStart, (i) => start[i]),
    byEnd,
    endSorted: Int32Array.from(byEnd, (i) => end[i]),
    itemMarkOff: im.off,
    itemMark: im.list,
    itemEntOff: in_.off,
    itemEnt: in_.list,
    entOrgOff: eo.off,
    entOrg: eo.list,
    isPerson,
    entityIds,
    entityIndex,
  };
  ahead.set(index, compiled);
  return compiled;
}
