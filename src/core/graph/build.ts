// The index over a loaded graph.json, built once: every feature reads its lookups instead of scanning the file, and
// what is derived from it (the marks the canvas draws, the typed arrays the timeline scrubs with, the groups that
// collapse) is owned here, worked out once when first asked for.
import { edgeById } from './edges';
import { buildGroups, type Groups } from './groups';
import { buildMarks, type Marks } from './marks';
import { compile, type Compiled } from './compiled';
import { compareWhen, daysOfDate, inOrderOfWhen, orgAncestors } from './utils';
import type { Agreement, Article, Graph, Meeting, Organization, Person } from '../schema';
import type { DayRange, GraphIndex } from './types';
import { finish } from '../schema/steps';

const EMPTY_SET: ReadonlySet<string> = new Set();
const EMPTY_LIST: readonly Meeting[] = [];

/** A value worked out the first time it is asked for, then kept. */
function once<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

/**
 * The index over graph.json: lookups every feature reads, built once; edges are worked out when asked for. `marks`
 * already worked out (a page does it in short tasks: buildMarksSteps) are kept rather than worked out again.
 */
export function buildIndex(file: Graph, prepared: { marks?: Marks } = {}): GraphIndex {
  return finish(buildIndexSteps(file, prepared));
}

/** Records read between two pauses of `buildIndexSteps`. */
const STEP_RECORDS = 2000;

/** The same, pausing every few thousand records, so a page can build it in short tasks. */
export function* buildIndexSteps(file: Graph, prepared: { marks?: Marks } = {}): Generator<void, GraphIndex> {
  let n = 0;
  const pause = () => ++n % STEP_RECORDS === 0;
  const people = new Map<string, Person>();
  const organizations = new Map<string, Organization>();
  for (const e of file.entities) {
    if (e.kind === 'person') people.set(e.id, e);
    else organizations.set(e.id, e);
  }
  const graph = file;
  const articles = new Map<string, Article>(graph.articles.map((a) => [a.id, a]));
  yield;
  const meetings = new Map<string, Meeting>();
  for (const m of graph.meetings) {
    if (pause()) yield;
    meetings.set(m.id, m);
  }
  const agreements = new Map<string, Agreement>(graph.agreements.map((a) => [a.id, a]));

  const days = new Map<string, DayRange>();
  const corroboration = (id: string) => (meetings.get(id) ?? agreements.get(id))?.articles.length ?? 0;
  let from = Infinity;
  let to = -Infinity;
  for (const item of [...graph.agreements, ...graph.meetings]) {
    if (pause()) yield;
    const d = daysOfDate(item.date);
    days.set(item.id, d);
    from = Math.min(from, d.from);
    to = Math.max(to, d.to);
  }
  // An empty graph still needs a span the timeline can draw: one day, today.
  const today = Math.floor(Date.now() / 86_400_000);
  const span: DayRange = from <= to ? { from, to } : { from: today, to: today };

  // Only known organisations count, so filters and activity agree on what "belongs" means.
  const orgSets = new Map<string, ReadonlySet<string>>();
  for (const org of organizations.values()) orgSets.set(org.id, new Set(orgAncestors(organizations, org.id)));
  for (const p of people.values()) {
    if (pause()) yield;
    const set = new Set<string>();
    for (const a of p.affiliations) for (const o of orgAncestors(organizations, a.org)) set.add(o);
    orgSets.set(p.id, set);
  }

  const byPerson = new Map<string, Meeting[]>();
  yield;
  const chronological = inOrderOfWhen(graph.meetings);
  yield;
  const newestFirst = chronological.slice().reverse();
  for (const m of newestFirst) {
    if (pause()) yield;
    for (const id of new Set(m.participants)) {
      const list = byPerson.get(id);
      if (list) list.push(m);
      else byPerson.set(id, [m]);
    }
  }

  const meetingsBetween = (a: string, b: string) =>
    a === b ? EMPTY_LIST : (byPerson.get(a) ?? EMPTY_LIST).filter((m) => m.participants.includes(b));
  const agreementsBetween = (a: string, b: string) =>
    graph.agreements.filter((x) => x.parties.includes(a) && x.parties.includes(b));
  const edges = {
    get: (id: string) =>
      edgeById(
        { people, meetingsBetween: (a, b) => [...meetingsBetween(a, b)].sort(compareWhen), agreementsBetween },
        id,
      ),
  };

  const groups = once<Groups>(() => buildGroups(people, organizations));
  const index: GraphIndex = {
    graph,
    articles,
    people,
    organizations,
    meetings,
    agreements,
    edges,
    span,
    daysOf: (id) => days.get(id),
    // Sorted here too: a graph.json written by hand or by an older compiler may list them otherwise.
    inOrder: once(() => ({ meetings: chronological, agreements: inOrderOfWhen(graph.agreements) })),
    orgsOf: (id) => orgSets.get(id) ?? EMPTY_SET,
    meetingsOf: (id) => byPerson.get(id) ?? EMPTY_LIST,
    meetingsBetween,
    corroboration,
    marks: once<Marks>(() => prepared.marks ?? buildMarks(graph)),
    compiled: once<Compiled>(() => compile(index)),
    groupOf: (id) => groups().groupOf(id),
    collapsibleGroups: () => groups().counts,
  };
  return index;
}
