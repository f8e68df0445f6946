// What the canvas draws for meetings and agreements (before organisations collapse). A meeting of two people is
// a line between them, one line for all of a pair's meetings alone; any other meeting is a node of its own with a
// spoke to each participant; an agreement is a line between two organisations. The compiler lays out the same.
import type { Graph, Meeting } from '../schema';
import { finish } from '../schema/steps';
import { agreementLineId, meetingNodeId, pairId, parseSpokeId, spokeId } from './ids';

export type Mark =
  | { kind: 'pair'; id: string; source: string; target: string; meetings: string[] }
  | { kind: 'meeting'; id: string; meeting: string; people: readonly string[] }
  | { kind: 'spoke'; readonly id: string; meeting: string; person: string }
  | { kind: 'agreement'; id: string; source: string; target: string; agreements: string[] };

export interface Marks {
  /** In a stable order: pairs and meeting nodes by the first meeting that draws them, then agreements. */
  all: readonly Mark[];
  byId: { get(id: string): Mark | undefined };
  /** A mark's place in `all` (the tracker's number for it). */
  indexOf(id: string): number | undefined;
  /** The marks a meeting or agreement shows when it is in view. */
  of(itemId: string): readonly string[];
  /** The same, as places in `all`. */
  placesOf(itemId: string): readonly number[];
}

/** A meeting of two people is a line between them; any other meeting (three or more, or one) is a node. */
export const drawnAsNode = (participants: readonly string[]) => new Set(participants).size !== 2;

/**
 * A meeting node's line to one of its people. Its id is made when asked for: 400,000 spokes at 20k, few of them
 * ever drawn, and their ids were an eighth of the page's memory.
 */
class Spoke {
  readonly kind = 'spoke' as const;
  constructor(
    readonly meeting: string,
    readonly person: string,
  ) {}
  get id(): string {
    return spokeId(this.meeting, this.person);
  }
}

/** The marks of one meeting: its pair line, or its node and spokes (in the order of `people`). */
function meetingMarks(m: Meeting): Mark[] {
  const unique = new Set(m.participants);
  const people = unique.size === m.participants.length ? m.participants : [...unique];
  if (!drawnAsNode(people)) {
    const [a, b] = people[0] < people[1] ? people : [people[1], people[0]];
    return [{ kind: 'pair', id: pairId(a, b), source: a, target: b, meetings: [m.id] }];
  }
  return [
    { kind: 'meeting', id: meetingNodeId(m.id), meeting: m.id, people },
    ...people.map((p) => new Spoke(m.id, p)),
  ];
}

/** Meetings read between two pauses of `buildMarksSteps`. */
const STEP_MEETINGS = 1000;

/** Every mark of the graph's meetings and agreements (the index keeps them: `index.marks()`). */
export function buildMarks(graph: Pick<Graph, 'meetings' | 'agreements'>): Marks {
  return finish(buildMarksSteps(graph));
}

/** The same, pausing every few thousand meetings, so a page can work them out in short tasks. */
export function* buildMarksSteps(graph: Pick<Graph, 'meetings' | 'agreements'>): Generator<void, Marks> {
  // Places by id for every mark but spokes, whose place follows from their meeting node's.
  const at = new Map<string, number>();
  const all: Mark[] = [];
  const placeOf = (id: string): number | undefined => {
    const spoke = parseSpokeId(id);
    if (!spoke) return at.get(id);
    const { meeting, person } = spoke;
    const node = at.get(meetingNodeId(meeting));
    const mark = node === undefined ? undefined : all[node];
    if (mark?.kind !== 'meeting') return undefined;
    const k = spokeIndex(mark, person);
    return k < 0 ? undefined : node! + 1 + k;
  };
  const add = (mark: Mark) => {
    if (mark.kind !== 'spoke') at.set(mark.id, all.length);
    all.push(mark);
    return all.length - 1;
  };
  const ofItem = new Map<string, number[]>();
  let n = 0;
  for (const m of graph.meetings) {
    if (++n % STEP_MEETINGS === 0) yield;
    const [first, ...spokes] = meetingMarks(m);
    const kept = at.get(first.id);
    if (kept === undefined) {
      const places = [add(first)];
      for (const spoke of spokes) places.push(add(spoke));
      ofItem.set(m.id, places);
      continue;
    }
    const mark = all[kept];
    if (mark.kind === 'pair' && first.kind === 'pair') mark.meetings.push(m.id);
    // A second meeting of the same id (refused by the checks) draws nothing of its own.
    ofItem.set(m.id, mark.kind === 'pair' ? [kept] : (ofItem.get(m.id) ?? [kept]));
  }
  for (const a of graph.agreements) {
    const parties = [...new Set(a.parties)].sort();
    const places: number[] = [];
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        const id = agreementLineId(parties[i], parties[j]);
        const kept = at.get(id);
        const mark = kept === undefined ? undefined : all[kept];
        if (mark?.kind === 'agreement') mark.agreements.push(a.id);
        places.push(kept ?? add({ kind: 'agreement', id, source: parties[i], target: parties[j], agreements: [a.id] }));
      }
    ofItem.set(a.id, places);
  }
  const none: readonly number[] = [];
  const placesOf = (id: string) => ofItem.get(id) ?? none;
  return {
    all,
    byId: { get: (id) => all[placeOf(id) ?? -1] },
    indexOf: placeOf,
    of: (id) => placesOf(id).map((k) => all[k].id),
    placesOf,
  };
}

/** Where `person` is among a meeting node's spokes: a map for a large meeting, made once, else a scan. */
const LARGE_MEETING = 64;
const spokeMaps = new WeakMap<object, Map<string, number>>();
function spokeIndex(mark: Extract<Mark, { kind: 'meeting' }>, person: string): number {
  if (mark.people.length <= LARGE_MEETING) return mark.people.indexOf(person);
  let map = spokeMaps.get(mark);
  if (!map) spokeMaps.set(mark, (map = new Map(mark.people.map((p, k) => [p, k]))));
  return map.get(person) ?? -1;
}
