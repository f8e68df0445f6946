// What the canvas draws for meetings and agreements (before organisations collapse). A meeting of two people is
// a line between them, one line for all of a pair's meetings alone; any other meeting is a node of its own with a
// spoke to each participant; an agreement is a line between two organisations. The compiler lays out the same.
import type { Graph, Meeting } from '../schema';
import { agreementLineId, meetingNodeId, pairId, spokeId } from './ids';

export type Mark =
  | { kind: 'pair'; id: string; source: string; target: string; meetings: string[] }
  | { kind: 'meeting'; id: string; meeting: string }
  | { kind: 'spoke'; id: string; meeting: string; person: string }
  | { kind: 'agreement'; id: string; source: string; target: string; agreements: string[] };

export interface Marks {
  /** In a stable order: pairs and meeting nodes by the first meeting that draws them, then agreements. */
  all: readonly Mark[];
  byId: { get(id: string): Mark | undefined };
  /** A mark's place in `all` (the tracker's number for it). */
  indexOf(id: string): number | undefined;
  /** The marks a meeting or agreement shows when it is in view. */
  of(itemId: string): readonly string[];
}

/** A meeting of two people is a line between them; any other meeting (three or more, or one) is a node. */
export const drawnAsNode = (participants: readonly string[]) => new Set(participants).size !== 2;

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

/** Meetings read between two pauses of `buildMarksSteps`. */
const STEP_MEETINGS = 5000;

/** Every mark of the graph's meetings and agreements (the index keeps them: `index.marks()`). */
export function buildMarks(graph: Pick<Graph, 'meetings' | 'agreements'>): Marks {
  const steps = buildMarksSteps(graph);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The same, pausing every few thousand meetings, so a page can work them out in short tasks. */
export function* buildMarksSteps(graph: Pick<Graph, 'meetings' | 'agreements'>): Generator<void, Marks> {
  // One map from id to place, not a second one to the mark: half a million marks at 20k.
  const at = new Map<string, number>();
  const all: Mark[] = [];
  const byId = { get: (id: string) => (at.has(id) ? all[at.get(id)!] : undefined) };
  const add = (mark: Mark) => {
    at.set(mark.id, all.length);
    all.push(mark);
  };
  const ofItem = new Map<string, string[]>();
  let n = 0;
  for (const m of graph.meetings) {
    if (++n % STEP_MEETINGS === 0) yield;
    const ids: string[] = [];
    for (const mark of meetingMarks(m)) {
      const kept = byId.get(mark.id);
      if (kept?.kind === 'pair') kept.meetings.push(m.id);
      else if (!kept) add(mark);
      ids.push(mark.id);
    }
    ofItem.set(m.id, ids);
  }
  for (const a of graph.agreements) {
    const parties = [...new Set(a.parties)].sort();
    const ids: string[] = [];
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        const id = agreementLineId(parties[i], parties[j]);
        const kept = byId.get(id);
        if (kept?.kind === 'agreement') kept.agreements.push(a.id);
        else if (!kept) add({ kind: 'agreement', id, source: parties[i], target: parties[j], agreements: [a.id] });
        ids.push(id);
      }
    ofItem.set(a.id, ids);
  }
  const none: readonly string[] = [];
  return { all, byId, indexOf: (id) => at.get(id), of: (id) => ofItem.get(id) ?? none };
}
