import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphLoadError } from './problems';
import { checkGraph, readEvidence } from './readFiles';
import { encodeGraph, type Graph } from '../../core/schema';
import { graphOf } from '../../testing/graphs';

const seed = JSON.parse(readFileSync('public/data/graph.json', 'utf8')) as unknown;
const evidenceName = readdirSync('public/data/evidence')[0];
const evidence = JSON.parse(readFileSync(`public/data/evidence/${evidenceName}`, 'utf8')) as {
  schemaVersion: number;
  records: Record<string, { sources: { quote: unknown }[] }>;
};

afterEach(() => vi.unstubAllGlobals());

const serve = (status: number, body: string) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, { status }))),
  );

async function problemOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof GraphLoadError) return { file: e.file, ...e.problem };
    throw e;
  }
  throw new Error('expected a problem');
}

describe('reading data files in the worker', () => {
  it('passes the shipped graph.json', async () => {
    const timings = await checkGraph(seed);
    expect(timings.checked).toBeGreaterThanOrEqual(timings.parsed);
  });

  it('reads an evidence file, and names the file and the problem when it cannot', async () => {
    serve(200, JSON.stringify(evidence));
    expect([...(await readEvidence('/e.json', 'evidence/e.json')).keys()]).toEqual(Object.keys(evidence.records));
    serve(404, 'nope');
    expect(await problemOf(readEvidence('/e.json', 'evidence/e.json'))).toEqual({
      file: 'evidence/e.json',
      kind: 'http',
      status: 404,
    });
    serve(200, '<!doctype html><p>index');
    expect(await problemOf(readEvidence('/e.json', 'evidence/e.json'))).toMatchObject({ kind: 'not-json', html: true });
    serve(200, JSON.stringify({ ...evidence, schemaVersion: evidence.schemaVersion + 1 }));
    expect(await problemOf(readEvidence('/e.json', 'evidence/e.json'))).toMatchObject({ kind: 'newer' });
    const [id] = Object.keys(evidence.records);
    const bad = structuredClone(evidence);
    bad.records[id].sources[0].quote = 42;
    serve(200, JSON.stringify(bad));
    const problem = await problemOf(readEvidence('/e.json', 'evidence/e.json'));
    expect(problem).toMatchObject({ kind: 'schema', file: 'evidence/e.json' });
    expect((problem as { problems: string[] }).problems[0]).toMatch(
      new RegExp(`^records\\.${id}\\.sources\\[0\\]\\.quote: `),
    );
  });
});

describe('hostile graph.json', () => {
  type G = {
    entities: { id: string; x: number; kind: string; name: { en: string } }[];
    meetings: { id: string }[];
    agreements: { id: string }[];
    articles: { id: string; url?: string }[];
  };
  // The records, mutated, then written in columns as the compiler writes them.
  const copy = () => graphOf(JSON.stringify(seed)) as unknown as G;
  const problemsOf = (g: G) => {
    try {
      checkGraph(encodeGraph(g as unknown as Graph));
    } catch (e) {
      if (e instanceof GraphLoadError) return e.problem;
      throw e;
    }
    return null;
  };

  it('names a duplicate id instead of letting the last record replace the first', () => {
    const g = copy();
    g.entities.push({ ...g.entities[0] });
    g.agreements.push({ ...g.agreements[0], id: g.meetings[0].id });
    expect(problemsOf(g)).toMatchObject({
      kind: 'unknown-refs',
      problems: [
        // People come before organisations in the file: the copy of the first person is the last of the people.
        `entities[${g.entities.filter((e) => e.kind === 'person').length - 1}].id: duplicate id "${g.entities[0].id}" (also entities[0])`,
        `agreements[${g.agreements.length - 1}].id: duplicate id "${g.meetings[0].id}" (also meetings[0])`,
      ],
    });
  });

  it('rejects article links that are not http(s), coordinates out of range, and bidi controls in names', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd']) {
      const g = copy();
      g.articles[0].url = url;
      expect(problemsOf(g)).toMatchObject({
        kind: 'schema',
        problems: ['articles[0].url: must be an http:// or https:// address'],
      });
    }
    for (const x of [1e7, 1e300]) {
      const g = copy();
      g.entities[0].x = x;
      expect(problemsOf(g)).toMatchObject({ kind: 'schema', problems: [expect.stringMatching(/^entities\[0\]\.x: /)] });
    }
    const g = copy();
    g.entities[0].name.en = 'Chey \u202eTae-won';
    expect(problemsOf(g)).toMatchObject({
      kind: 'schema',
      problems: [expect.stringMatching(/^entities\[0\]\.name\.en: contains a bidirectional control/)],
    });
  });
});
