// The lines between people and organisations, derived from the records (graph.json does not ship them): pairs who
// met, organisations bound by an agreement, affiliations. Records come sorted by date, so each pair's list is too.
import type { Edge } from '../schema/graph';
import { affiliationId, agreementLineId, pairId, parseEdgeId } from './ids';

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => compareStrings(a.id, b.id);

/**
 * One edge per pair (a < b) of the members of each record; records come sorted, so each pair's list is too.
 * At 100,000 meetings a Map keyed by pair costs seconds: instead each (pair, record) is one number, all of them
 * sorted at once natively, then grouped.
 */
function pairEdges(records: { id: string; members: readonly string[] }[]): { a: string; b: string; ids: string[] }[] {
  const names = [...new Set(records.flatMap((r) => r.members))].sort(compareStrings);
  const index = new Map(names.map((name, i) => [name, i]));
  const n = names.length;
  const r = records.length;
  if (n * n * r > Number.MAX_SAFE_INTEGER) throw new Error(`too many records to pair (${n} members × ${r} records)`);
  const sets = records.map((rec) => [...new Set(rec.members.map((m) => index.get(m)!))].sort((x, y) => x - y));
  const codes = new Float64Array(sets.reduce((sum, m) => sum + (m.length * (m.length - 1)) / 2, 0));
  let k = 0;
  sets.forEach((m, rank) => {
    for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) codes[k++] = (m[i] * n + m[j]) * r + rank;
  });
  codes.sort();
  const out: { a: string; b: string; ids: string[] }[] = [];
  let last = -1;
  for (const code of codes) {
    const rank = code % r;
    const pair = (code - rank) / r;
    if (pair !== last) {
      out.push({ a: names[Math.floor(pair / n)], b: names[pair % n], ids: [] });
      last = pair;
    }
    out[out.length - 1].ids.push(records[rank].id);
  }
  return out;
}

type Title = Extract<Edge, { kind: 'affiliation' }>['title'];
type Affiliated = { id: string; affiliations: readonly { org: string; title: Title }[] };

/** Who met whom, who signed with whom, who works where: derived from the records, by the compiler and the app. */
export function buildEdges(
  people: readonly Affiliated[],
  meetings: readonly { id: string; participants: readonly string[] }[],
  agreements: readonly { id: string; parties: readonly string[] }[],
): Edge[] {
  // Ids are unique by construction: pairs are distinct, and validation rejects a repeated affiliation.
  const edges: Edge[] = [];
  for (const { a, b, ids } of pairEdges(meetings.map((m) => ({ id: m.id, members: m.participants }))))
    edges.push({ id: pairId(a, b), kind: 'met', source: a, target: b, meetings: ids });
  for (const { a, b, ids } of pairEdges(agreements.map((g) => ({ id: g.id, members: g.parties }))))
    edges.push({ id: agreementLineId(a, b), kind: 'agreement', source: a, target: b, agreements: ids });
  for (const p of people)
    for (const a of p.affiliations)
      edges.push({ id: affiliationId(p.id, a.org), kind: 'affiliation', source: p.id, target: a.org, title: a.title });
  return edges.sort(byId);
}

interface EdgeSources {
  people: ReadonlyMap<string, { affiliations: readonly { org: string; title: Title }[] }>;
  /** Meetings of two people, oldest first. */
  meetingsBetween(a: string, b: string): readonly { id: string }[];
  /** Agreements both organisations signed, oldest first. */
  agreementsBetween(a: string, b: string): readonly { id: string }[];
}

/**
 * One edge by its id, worked out when it is asked for: an archive of 100,000 meetings has hundreds of thousands of
 * pairs, and a reader opens a few of them.
 */
export function edgeById(from: EdgeSources, id: string): Edge | undefined {
  const parsed = parseEdgeId(id);
  if (!parsed) return undefined;
  const { kind, a, b } = parsed;
  if (kind === 'aff') {
    const title = from.people.get(a)?.affiliations.find((x) => x.org === b)?.title;
    return title ? { id, kind: 'affiliation', source: a, target: b, title } : undefined;
  }
  if (a >= b) return undefined;
  if (kind === 'met') {
    const meetings = from.meetingsBetween(a, b).map((m) => m.id);
    return meetings.length ? { id, kind: 'met', source: a, target: b, meetings } : undefined;
  }
  if (kind === 'agr') {
    const agreements = from.agreementsBetween(a, b).map((x) => x.id);
    return agreements.length ? { id, kind: 'agreement', source: a, target: b, agreements } : undefined;
  }
  return undefined;
}
