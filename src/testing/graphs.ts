// Small valid graphs for tests, checked against the Graph schema so tests cannot drift from the contract.
import { decodeGraph, Graph, SCHEMA_VERSION, precisionOf } from '../core/schema';
import type { Entity, Meeting, Agreement } from '../core/schema';

export interface TestPerson {
  id: string;
  ko?: string;
  en?: string;
  aliases?: string[];
  orgs?: string[];
}
export interface TestOrg {
  id: string;
  ko?: string;
  en?: string;
  aliases?: string[];
  parent?: string;
}
export interface TestMeeting {
  id: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` for month precision. */
  date: string;
  participants: string[];
  /** Article ids reporting it; default one article. */
  articles?: string[];
}
export interface TestAgreement {
  id: string;
  date: string;
  parties: string[];
  articles?: string[];
}
export interface TestGraphInput {
  people?: TestPerson[];
  orgs?: TestOrg[];
  meetings?: TestMeeting[];
  agreements?: TestAgreement[];
  /** Skip zod validation: only for the benchmark, whose graphs are too big to parse quickly. */
  validate?: boolean;
}

const title = (id: string) => id.replace(/-/g, ' ');
/** Tests of the graph never open quotes: every record names the same (absent) evidence file. */
const NO_EVIDENCE = '0'.repeat(16);

export function makeGraph(input: TestGraphInput): Graph {
  const { people = [], orgs = [], meetings = [], agreements = [] } = input;
  const articleIds = new Set(['a1']);
  for (const x of [...meetings, ...agreements]) for (const a of x.articles ?? []) articleIds.add(a);

  const parentOf = new Map(orgs.map((o) => [o.id, o.parent]));
  const topOf = (id: string): string => {
    const seen = new Set<string>();
    while (parentOf.get(id) && !seen.has(id)) {
      seen.add(id);
      id = parentOf.get(id)!;
    }
    return id;
  };
  const entities: Entity[] = [
    ...orgs.map((o): Entity => ({
      id: o.id,
      kind: 'organization',
      orgKind: 'company',
      name: { ko: o.ko ?? title(o.id), en: o.en ?? title(o.id) },
      aliases: o.aliases ?? [],
      ...(o.parent ? { parent: o.parent } : {}),
      x: 0,
      y: 0,
    })),
    ...people.map((p): Entity => ({
      id: p.id,
      kind: 'person',
      name: { ko: p.ko ?? title(p.id), en: p.en ?? title(p.id) },
      aliases: p.aliases ?? [],
      affiliations: (p.orgs ?? []).map((org) => ({ org, title: { ko: '직원' } })),
      // As the compiler sets it: the top of the first affiliation's chain.
      ...(p.orgs?.length ? { group: topOf(p.orgs[0]) } : {}),
      x: 0,
      y: 0,
    })),
  ];
  const graphMeetings: Meeting[] = meetings.map((m) => ({
    id: m.id,
    date: m.date,
    precision: precisionOf(m.date),
    kind: 'meeting',
    title: { ko: title(m.id) },
    participants: m.participants,
    attendees: [],
    articles: [...new Set(m.articles ?? ['a1'])],
    evidence: NO_EVIDENCE,
  }));
  const graphAgreements: Agreement[] = agreements.map((a) => ({
    id: a.id,
    date: a.date,
    precision: precisionOf(a.date),
    kind: 'MOU',
    title: { ko: title(a.id) },
    parties: a.parties,
    articles: [...new Set(a.articles ?? ['a1'])],
    evidence: NO_EVIDENCE,
  }));

  const graph: Graph = {
    schemaVersion: SCHEMA_VERSION,
    sourceDigest: '0'.repeat(64),
    articles: [...articleIds].map((id) => ({
      id,
      outlet: { ko: '신문', en: 'Paper' },
      title: `Article ${id}`,
      published: '2024-01-01',
      language: 'ko',
    })),
    entities,
    meetings: graphMeetings,
    agreements: graphAgreements,
  };
  return input.validate === false ? graph : Graph.parse(graph);
}

/** Altman (OpenAI) and Chey (SK) and the meetings given: the small world most state tests need. */
export function altmanCheyGraph(meetings: readonly { id: string; date: string }[]): Graph {
  return makeGraph({
    orgs: [{ id: 'sk' }, { id: 'openai' }],
    people: [
      { id: 'chey', orgs: ['sk'] },
      { id: 'altman', orgs: ['openai'] },
    ],
    meetings: meetings.map((m) => ({ ...m, participants: ['altman', 'chey'] })),
  });
}

/** A graph.json's text read back into records (core/schema/columns); a file that cannot be read fails the test. */
export function graphOf(json: string): Graph {
  const decoded = decodeGraph(JSON.parse(json));
  if (!decoded.ok) throw new Error(`graph.json cannot be read back: ${JSON.stringify(decoded.issues.slice(0, 3))}`);
  return decoded.graph;
}
