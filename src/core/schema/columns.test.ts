import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphOf, makeGraph } from '../../testing/graphs';
import { checkGraph } from './check';
import { decodeGraph, encodeGraph, type GraphFile } from './columns';
import { graphFileText } from './lines';

const shipped = readFileSync('public/data/graph.json', 'utf8');
const issuesOf = (raw: unknown) => {
  const d = decodeGraph(raw);
  return d.ok ? [] : d.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('graph.json in columns', () => {
  it('reads back the records it was written from, and writes them again byte for byte', () => {
    const graph = graphOf(shipped);
    expect(graph.entities.length).toBeGreaterThan(30);
    expect(graphFileText(encodeGraph(graph))).toBe(shipped);
    const small = makeGraph({
      orgs: [{ id: 'sk' }],
      people: [{ id: 'chey', orgs: ['sk'] }, { id: 'altman' }],
      meetings: [
        { id: 'jan', date: '2025-01', participants: ['altman', 'chey'] },
        { id: 'feb', date: '2025-02-04', participants: ['altman', 'chey'] },
      ],
      agreements: [{ id: 'deal', date: '2025-02-04', parties: ['sk', 'chey'] }],
    });
    const back = decodeGraph(JSON.parse(JSON.stringify(encodeGraph(small))));
    // People come first in the file, then organisations, as the compiler writes them.
    const people = small.entities.filter((e) => e.kind === 'person');
    const orgs = small.entities.filter((e) => e.kind === 'organization');
    expect(back).toEqual({ ok: true, graph: { ...small, entities: [...people, ...orgs] } });
  });

  it('writes no key once per record, and no column nobody fills', () => {
    const file = JSON.parse(shipped) as GraphFile;
    expect(Object.keys(file.meetings)).not.toContain('precision');
    expect(shipped).not.toContain('"summary"');
    expect(shipped).not.toMatch(/"participants":\["/);
    for (const table of [file.articles, file.people, file.organizations, file.meetings, file.agreements])
      for (const column of Object.values(table)) expect(column.some((v) => v !== null)).toBe(true);
  });

  it('says which table, column and record it cannot read back', () => {
    const file = () => JSON.parse(shipped) as GraphFile;
    expect(issuesOf(null)).toEqual([': expected an object']);
    const cut = file();
    cut.meetings.date = cut.meetings.date.slice(1);
    expect(issuesOf(cut)).toEqual([
      `meetings.date: has ${cut.meetings.id.length - 1} values for ${cut.meetings.id.length} records`,
    ]);
    const missing = file();
    delete (missing.people as Record<string, unknown>)['name.ko'];
    expect(issuesOf(missing)).toEqual(['people.name.ko: missing column']);
    const extra = file();
    extra.articles.colour = extra.articles.id.map(() => 'red');
    expect(issuesOf(extra)).toEqual(['articles.colour: unknown column']);
    const far = file();
    (far.meetings.participants as number[][])[2] = [0, 1.5, -1];
    (far.agreements.evidence as unknown[])[0] = 'abc';
    expect(issuesOf(far)).toEqual([
      'meetings.participants.2.1: 1.5 is not the index of a person',
      'meetings.participants.2.2: -1 is not the index of a person',
      'agreements.evidence.0: "abc" is not the index of an evidence file',
    ]);
  });

  it('checks another version by its version alone, and a record by the schema at its record path', () => {
    const older = { ...JSON.parse(shipped), schemaVersion: 3 };
    expect(checkGraph(older)).toMatchObject({ ok: false, problems: ['schemaVersion: expected 4, found 3'] });
    const graph = graphOf(shipped);
    graph.meetings[1].date = '2025-02-30';
    const checked = checkGraph(JSON.parse(JSON.stringify(encodeGraph(graph))));
    expect(checked).toMatchObject({
      ok: false,
      kind: 'schema',
      problems: [expect.stringMatching(/^meetings\[1\]\.date: /)],
    });
  });
});
