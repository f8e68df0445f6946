import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphLoadError } from './problems';
import { checkGraph, readEvidence } from './readFiles';

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
    expect(Object.keys(await readEvidence('/e.json', 'evidence/e.json'))).toEqual(Object.keys(evidence.records));
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
