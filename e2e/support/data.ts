// The graph.json and evidence files the preview server serves, read from disk so specs use real ids, names, quotes
// and positions.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { encodeGraph } from '../../src/core/schema/columns';
import { graphOf } from '../../src/testing/graphs';
import type { Edge, Evidence, EvidenceFile, Graph, Meeting, Organization, Person } from '../../src/core/schema';

let cached: { graph: Graph; dir: string } | null = null;

function load() {
  if (cached) return cached;
  // E2E_DIST: a build served from elsewhere (e.g. a private preview while others rebuild dist/).
  const dist = process.env.E2E_DIST ?? 'dist';
  const file = [`${dist}/data/graph.json`, 'public/data/graph.json'].find((f) => existsSync(f));
  if (!file) throw new Error('no graph.json: run `npx tsx scripts/compile.ts && npx vite build` first');
  cached = { graph: graphOf(readFileSync(file, 'utf8')), dir: path.dirname(file) };
  return cached;
}

export function graph(): Graph {
  return load().graph;
}

/** An evidence file as served, by its hash. */
export function evidenceFile(hash: string): EvidenceFile {
  return JSON.parse(readFileSync(path.join(load().dir, 'evidence', `${hash}.json`), 'utf8')) as EvidenceFile;
}

/** A meeting or agreement's quotes, from the file graph.json names for it. */
export function evidenceOf(record: { id: string; evidence: string }): Evidence {
  const e = evidenceFile(record.evidence).records[record.id];
  if (!e) throw new Error(`evidence/${record.evidence}.json has no record "${record.id}"`);
  return e;
}

/** A graph as the server sends it: in columns (core/schema/columns). */
export const served = (g: Graph) => encodeGraph(g);

/** A deep copy to mutate into a broken or edge-case file. */
export function graphCopy(): Graph {
  return structuredClone(graph());
}

/** A meeting with its quotes. */
export function meeting(id: string): Meeting & Evidence {
  const m = graph().meetings.find((x) => x.id === id);
  if (!m) throw new Error(`graph.json has no meeting "${id}"`);
  return { ...m, ...evidenceOf(m) };
}

export function people(): Person[] {
  return graph().entities.filter((e): e is Person => e.kind === 'person');
}

export function organizations(): Organization[] {
  return graph().entities.filter((e): e is Organization => e.kind === 'organization');
}

export function entity(id: string): Person | Organization {
  const e = graph().entities.find((x) => x.id === id);
  if (!e) throw new Error(`graph.json has no entity "${id}"`);
  return e;
}

/** The person whose English name contains `part` (e.g. "Altman", "Chey"). */
export function personNamed(part: string): Person {
  const found = people().filter((p) => p.name.en.toLowerCase().includes(part.toLowerCase()));
  if (found.length !== 1) throw new Error(`expected one person named like "${part}", found ${found.length}`);
  return found[0];
}

export function orgNamed(part: string): Organization {
  const found = organizations().filter((o) => o.name.en.toLowerCase().includes(part.toLowerCase()));
  if (found.length === 0) throw new Error(`no organisation named like "${part}"`);
  // The shortest name is the group itself ("Samsung" before "Samsung Electronics").
  return found.sort((a, b) => a.name.en.length - b.name.en.length)[0];
}

export type MetEdge = Extract<Edge, { kind: 'met' }>;

/** Who met whom, worked out here from the meetings (graph.json does not ship it): one edge per pair. */
export function metEdges(): MetEdge[] {
  const edges = new Map<string, MetEdge>();
  const byDate = [...graph().meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const m of byDate) {
    const ids = [...new Set(m.participants)].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const id = `met:${ids[i]}:${ids[j]}`;
        const e = edges.get(id) ?? { id, kind: 'met' as const, source: ids[i], target: ids[j], meetings: [] };
        e.meetings.push(m.id);
        edges.set(id, e);
      }
  }
  return [...edges.values()];
}

/** The `met:` edge between two people. */
export function metEdge(a: string, b: string): MetEdge {
  const e = metEdges().find((x) => (x.source === a && x.target === b) || (x.source === b && x.target === a));
  if (!e) throw new Error(`no met edge between ${a} and ${b}`);
  return e;
}

/**
 * What the app draws for a meeting, worked out here apart from its code: two people, the line between them; one
 * person or three or more, a node with a spoke to each.
 */
export function marksOfMeeting(m: Meeting): string[] {
  const people = [...new Set(m.participants)].sort();
  if (people.length === 2) return [`met:${people[0]}:${people[1]}`];
  return [`mtg:${m.id}`, ...people.map((p) => `spk:${m.id}:${p}`)];
}

/** Every pair line, with the meetings of the two alone that it stands for. */
export function pairLines(): Map<string, Meeting[]> {
  const out = new Map<string, Meeting[]>();
  for (const m of graph().meetings) {
    const [id] = marksOfMeeting(m);
    if (id.startsWith('met:')) out.set(id, [...(out.get(id) ?? []), m]);
  }
  return out;
}

/** Meetings drawn as nodes: one person, or three or more. */
export const groupMeetings = () => graph().meetings.filter((m) => marksOfMeeting(m)[0].startsWith('mtg:'));

export const altman = () => personNamed('Altman');
export const chey = () => personNamed('Chey');
export const altmanChey = () => metEdge(altman().id, chey().id);

/** Meeting ids the data is known to hold (see data/meetings.yaml). */
export const MEETINGS = {
  cheyJan2024: '2024-01-altman-chey',
  cheyJun2024: '2024-06-altman-chey',
  chey2025: '2025-02-04-altman-chey',
  leeSon2025: '2025-02-04-altman-lee-son',
} as const;

/** Every participant of a meeting, principals and those who sat in. */
export function everyone(m: Meeting): string[] {
  return [...new Set([...m.participants, ...m.attendees])];
}

/** Organisations (with their parents) a person belongs to. */
export function orgsOf(personId: string): Set<string> {
  const p = entity(personId);
  const out = new Set<string>();
  if (p.kind !== 'person') return out;
  for (const a of p.affiliations) {
    let org: string | undefined = a.org;
    while (org && !out.has(org)) {
      out.add(org);
      org = (entity(org) as Organization).parent;
    }
  }
  return out;
}

/** Meetings with someone from one of the organisations (directly or through a parent). */
export function meetingsWithOrgs(orgIds: string[]): Meeting[] {
  return graph().meetings.filter((m) => everyone(m).some((p) => orgIds.some((o) => orgsOf(p).has(o))));
}

/** Meetings newest first (the panel's order): graph.json lists them in the order they happened, so its reverse. */
export function newestFirst(ms: readonly Meeting[]): Meeting[] {
  const at = new Map(graph().meetings.map((m, i) => [m.id, i]));
  return [...ms].sort((a, b) => at.get(b.id)! - at.get(a.id)!);
}
