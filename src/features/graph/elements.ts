// graph.json → Cytoscape element definitions. Ids follow the UI contract (entity ids, `met:a:b`, `aff:…`, `agr:…`).
import type { ElementDefinition } from 'cytoscape';
import { orgAncestors } from '../../core/graph';
import type { GraphIndex } from '../../core/graph/types';
import type { Palette } from './palette';

/** Every element starts hidden or inactive: the visibility tracker's first update reveals what is in range. */
export function buildElements(index: GraphIndex, palette: Palette): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const org of index.organizations.values()) {
    out.push({
      group: 'nodes',
      data: { id: org.id, ko: org.name.ko, en: org.name.en, top: topLevelOrg(index, org.id) },
      position: { x: org.x, y: org.y },
      classes: 'org inactive faded',
    });
  }
  for (const p of index.people.values()) {
    out.push({
      group: 'nodes',
      data: {
        id: p.id,
        ko: p.name.ko,
        en: p.name.en,
        color: palette.colorOf(p.group),
        group: p.group ?? '',
        n: index.meetingsOf(p.id).length,
      },
      position: { x: p.x, y: p.y },
      classes: 'person inactive faded',
    });
  }
  for (const e of index.graph.edges) {
    const base = { id: e.id, source: e.source, target: e.target };
    if (e.kind === 'met') out.push({ group: 'edges', data: { ...base, n: e.meetings.length }, classes: 'met hidden' });
    else if (e.kind === 'agreement')
      out.push({ group: 'edges', data: { ...base, n: e.agreements.length }, classes: 'agr hidden' });
    else out.push({ group: 'edges', data: base, classes: 'aff' });
  }
  return out;
}

function topLevelOrg(index: GraphIndex, orgId: string): string {
  const chain = orgAncestors(index.organizations, orgId);
  return chain[chain.length - 1] ?? orgId;
}

/** Meeting id → ids of the `met` edges that carry it (every pair of its participants). */
export function edgesByMeeting(index: GraphIndex): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of index.graph.edges) {
    if (e.kind !== 'met') continue;
    for (const m of e.meetings) {
      const list = map.get(m);
      if (list) list.push(e.id);
      else map.set(m, [e.id]);
    }
  }
  return map;
}

/** Largest meeting count on any edge, for the width mapping. */
export function maxEdgeWeight(index: GraphIndex): number {
  let max = 1;
  for (const e of index.graph.edges) {
    if (e.kind === 'met') max = Math.max(max, e.meetings.length);
    else if (e.kind === 'agreement') max = Math.max(max, e.agreements.length);
  }
  return max;
}

export function maxPersonMeetings(index: GraphIndex): number {
  let max = 1;
  for (const p of index.people.keys()) max = Math.max(max, index.meetingsOf(p).length);
  return max;
}
