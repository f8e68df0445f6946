// What the canvas draws for meetings and agreements (before organisations collapse). A meeting of two people is
// a line between them, one line for all of a pair's meetings alone; any other meeting is a node of its own with a
// spoke to each participant; an agreement is a line between two organisations. The compiler lays out the same.
import type { Meeting } from '../schema';
import type { GraphIndex } from './types';

export type Mark =
  | { kind: 'pair'; id: string; source: string; target: string; meetings: string[] }
  | { kind: 'meeting'; id: string; meeting: string }
  | { kind: 'spoke'; id: string; meeting: string; person: string }
  | { kind: 'agreement'; id: string; source: string; target: string; agreements: string[] };

export interface Marks {
  /** In a stable order: pairs and meeting nodes by the first meeting that draws them, then agreements. */
  all: readonly Mark[];
  byId: ReadonlyMap<string, Mark>;
  /** The marks a meeting or agreement shows when it is in view. */
  of(itemId: string): readonly string[];
}

/** A meeting of two people is a line between them; any other meeting (three or more, or one) is a node. */
export const drawnAsNode = (participants: readonly string[]) => new Set(participants).size !== 2;

// Ids are lowercase letters, digits and hyphens: a colon never occurs inside one.
export const pairId = (a: string, b: string) => (a < b ? `met:${a}:${b}` : `met:${b}:${a}`);
export const meetingNodeId = (meetingId: string) => `mtg:${meetingId}`;
export const spokeId = (meetingId: string, personId: string) => `spk:${meetingId}:${personId}`;

/** The two people of a pair line's id, or null for any other id. */
export function parsePairId(id: string): { a: string; b: string } | null {
  const m = /^met:([^:]+):([^:]+)$/.exec(id);
  return m && m[1] !== m[2] ? { a: m[1], b: m[2] } : null;
}

/** The marks of one meeting: its pair line, or its node and spokes. */
function meetingMarks(m: Meeting): Mark[] {
  const people = [...new Set(m.participants)];
  if (!drawnAsNode(people)) {
    const [a, b] = people[0] < people[1] ? people : [people[1], people[0]];
    return [{ kind: 'pair', id: pairId(a, b), source: a, target: b, meetings: [m.id] }];
  }
  return [
    { kind: 'meeting', id: meetingNodeId(m.id), meeting: m.id },
    ...people.map((p) => ({ kind: 'spoke' as const, id: spokeId(m.id, p), meeting: m.id, person: p })),
  ];
}

const cache = new WeakMap<GraphIndex, Marks>();

export function marksOf(index: GraphIndex): Marks {
  let marks = cache.get(index);
  if (!marks) cache.set(index, (marks = build(index)));
  return marks;
}

function build(index: GraphIndex): Marks {
  const byId = new Map<string, Mark>();
  const ofItem = new Map<string, string[]>();
  for (const m of index.graph.meetings) {
    const ids: string[] = [];
    for (const mark of meetingMarks(m)) {
      const kept = byId.get(mark.id);
      if (kept?.kind === 'pair') kept.meetings.push(m.id);
      else if (!kept) byId.set(mark.id, mark);
      ids.push(mark.id);
    }
    ofItem.set(m.id, ids);
  }
  for (const a of index.graph.agreements) {
    const parties = [...new Set(a.parties)].sort();
    const ids: string[] = [];
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        const id = `agr:${parties[i]}:${parties[j]}`;
        const kept = byId.get(id);
        if (kept?.kind === 'agreement') kept.agreements.push(a.id);
        else byId.set(id, { kind: 'agreement', id, source: parties[i], target: parties[j], agreements: [a.id] });
        ids.push(id);
      }
    ofItem.set(a.id, ids);
  }
  const none: readonly string[] = [];
  return { all: [...byId.values()], byId, of: (id) => ofItem.get(id) ?? none };
}
