// Incremental visibility for the time slider: only meetings entering or leaving the window are touched.
import type { Agreement, Meeting } from '../schema';
import type { DayRange, GraphIndex, Visibility, VisibilityChange } from './types';
import { lowerBound, upperBound } from './compiled';
import type { Compiled } from './compiled';
import type { Mark } from './marks';

export interface VisibilityTracker {
  /** Elements whose state changed since the last call; the first call reports against an all-hidden start. */
  update(range: DayRange, orgFilters: readonly string[]): VisibilityChange;
  /** The full current state (O(size)): for lists, not for every slider step. */
  visibility(): Visibility;
  isMarkVisible(markId: string): boolean;
  isEntityActive(entityId: string): boolean;
}

/**
 * `quiet`: marks whose changes the caller would drop unread (a spoke drawn as nothing, its meeting drawn as
 * aggregate lines): their state is kept, but no id is made for them in the changes.
 */
export function createVisibilityTracker(index: GraphIndex, quiet?: (mark: Mark) => boolean): VisibilityTracker {
  const c: Compiled = index.compiled();
  const marks = index.marks();
  const { nItems, nMarks, nEntities } = c;
  const inRange = new Uint8Array(nItems);
  const passes = new Uint8Array(nItems);
  const markCount = new Int32Array(nMarks);
  const entCount = new Int32Array(nEntities); // visible items an entity takes part in
  const orgPeople = new Int32Array(nEntities); // active people belonging to an organisation
  const markShown = new Uint8Array(nMarks); // as last reported
  const entActive = new Uint8Array(nEntities);
  const markStamp = new Uint32Array(nMarks);
  const entMark = new Uint32Array(nEntities);
  const touchedMarks: number[] = [];
  const touchedEnts: number[] = [];
  let stamp = 0;
  let from = 0;
  let to = -1;
  let filterKey: string | null = null;

  const touchMark = (e: number) => {
    if (markStamp[e] !== stamp) {
      markStamp[e] = stamp;
      touchedMarks.push(e);
    }
  };
  const touchEnt = (n: number) => {
    if (entMark[n] !== stamp) {
      entMark[n] = stamp;
      touchedEnts.push(n);
    }
  };

  function toggle(i: number, d: 1 | -1): void {
    for (let k = c.itemMarkOff[i], end = c.itemMarkOff[i + 1]; k < end; k++) {
      markCount[c.itemMark[k]] += d;
      touchMark(c.itemMark[k]);
    }
    for (let k = c.itemEntOff[i], end = c.itemEntOff[i + 1]; k < end; k++) {
      const n = c.itemEnt[k];
      const before = entCount[n];
      entCount[n] = before + d;
      touchEnt(n);
      if (c.isPerson[n] && (d === 1 ? before === 0 : before === 1)) {
        for (let j = c.entOrgOff[n], e2 = c.entOrgOff[n + 1]; j < e2; j++) {
          orgPeople[c.entOrg[j]] += d;
          touchEnt(c.entOrg[j]);
        }
      }
    }
  }

  function check(i: number): void {
    const now = c.start[i] <= to && c.end[i] >= from ? 1 : 0;
    if (now === inRange[i]) return;
    inRange[i] = now;
    if (passes[i]) toggle(i, now ? 1 : -1);
  }

  function moveTo(f: number, t: number): void {
    const t0 = Math.min(t, to);
    const t1 = Math.max(t, to);
    const f0 = Math.min(f, from);
    const f1 = Math.max(f, from);
    from = f;
    to = t;
    // start <= to flips only for starts in (t0, t1]; end >= from flips only for ends in [f0, f1).
    for (let k = upperBound(c.startSorted, t0), e = upperBound(c.startSorted, t1); k < e; k++) check(c.byStart[k]);
    for (let k = lowerBound(c.endSorted, f0), e = lowerBound(c.endSorted, f1); k < e; k++) check(c.byEnd[k]);
  }

  function recomputeAll(f: number, t: number, filters: ReadonlySet<string>): void {
    from = f;
    to = t;
    const mark = new Uint8Array(nEntities);
    for (const id of filters) {
      const n = c.entityIndex.get(id);
      if (n !== undefined && !c.isPerson[n]) mark[n] = 1;
    }
    markCount.fill(0);
    entCount.fill(0);
    orgPeople.fill(0);
    for (let i = 0; i < nItems; i++) {
      passes[i] = filters.size === 0 ? 1 : anyMember(c, i, mark);
      inRange[i] = c.start[i] <= t && c.end[i] >= f ? 1 : 0;
      if (!passes[i] || !inRange[i]) continue;
      for (let k = c.itemMarkOff[i]; k < c.itemMarkOff[i + 1]; k++) markCount[c.itemMark[k]]++;
      for (let k = c.itemEntOff[i]; k < c.itemEntOff[i + 1]; k++) entCount[c.itemEnt[k]]++;
    }
    for (let n = 0; n < nEntities; n++) {
      if (!c.isPerson[n] || entCount[n] === 0) continue;
      for (let j = c.entOrgOff[n]; j < c.entOrgOff[n + 1]; j++) orgPeople[c.entOrg[j]]++;
    }
    for (let e = 0; e < nMarks; e++) touchMark(e);
    for (let n = 0; n < nEntities; n++) touchEnt(n);
  }

  function collect(): VisibilityChange {
    const change: VisibilityChange = { marksShown: [], marksHidden: [], entitiesActivated: [], entitiesFaded: [] };
    for (const e of touchedMarks) {
      const now = markCount[e] > 0 ? 1 : 0;
      if (now === markShown[e]) continue;
      markShown[e] = now;
      if (quiet?.(marks.all[e])) continue;
      (now ? change.marksShown : change.marksHidden).push(marks.all[e].id);
    }
    for (const n of touchedEnts) {
      const now = entCount[n] > 0 || orgPeople[n] > 0 ? 1 : 0;
      if (now === entActive[n]) continue;
      entActive[n] = now;
      (now ? change.entitiesActivated : change.entitiesFaded).push(c.entityIds[n]);
    }
    touchedMarks.length = 0;
    touchedEnts.length = 0;
    return change;
  }

  return {
    update(range, orgFilters) {
      stamp++;
      const filters = new Set(orgFilters.filter((id) => index.organizations.has(id)));
      const key = [...filters].sort().join('\u0000');
      if (key !== filterKey) {
        filterKey = key;
        recomputeAll(range.from, range.to, filters);
      } else if (range.from !== from || range.to !== to) moveTo(range.from, range.to);
      return collect();
    },
    visibility() {
      const meetings: Meeting[] = [];
      const agreements: Agreement[] = [];
      for (let k = 0; k < nItems; k++) {
        const i = c.byStart[k];
        if (!inRange[i] || !passes[i]) continue;
        if (i < c.nMeetings) meetings.push(index.graph.meetings[i]);
        else agreements.push(index.graph.agreements[i - c.nMeetings]);
      }
      const activeEntities = new Set<string>();
      for (let n = 0; n < nEntities; n++) if (entActive[n]) activeEntities.add(c.entityIds[n]);
      // The marks' ids when first asked for: half a million at 20k (a spoke's id is made when asked for).
      const shown = markShown.slice();
      let ids: Set<string> | null = null;
      return {
        meetings,
        agreements,
        get marks() {
          if (ids) return ids;
          ids = new Set();
          for (let e = 0; e < nMarks; e++) if (shown[e]) ids.add(marks.all[e].id);
          return ids;
        },
        activeEntities,
      };
    },
    isMarkVisible: (id) => {
      const e = marks.indexOf(id);
      return e !== undefined && markShown[e] === 1;
    },
    isEntityActive: (id) => {
      const n = c.entityIndex.get(id);
      return n !== undefined && entActive[n] === 1;
    },
  };
}

function anyMember(c: Compiled, i: number, mark: Uint8Array): 0 | 1 {
  for (let k = c.itemEntOff[i]; k < c.itemEntOff[i + 1]; k++) {
    const n = c.itemEnt[k];
    for (let j = c.entOrgOff[n]; j < c.entOrgOff[n + 1]; j++) if (mark[c.entOrg[j]]) return 1;
  }
  return 0;
}
