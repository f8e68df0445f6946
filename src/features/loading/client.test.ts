// Where no worker can start (here: Node has no Worker), the same checks run on the page.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphLoadError, loadEvidence, loadGraph } from './loadGraph';

afterEach(() => vi.unstubAllGlobals());

const file = (path: string) => new Response(readFileSync(path));

describe('loading without a worker', () => {
  it('loads, checks and indexes graph.json, and reads an evidence file', async () => {
    const [name] = readdirSync('public/data/evidence');
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) =>
        Promise.resolve(
          url.endsWith('graph.json') ? file('public/data/graph.json') : file(`public/data/evidence/${name}`),
        ),
      ),
    );
    const index = await loadGraph('/data/graph.json');
    expect(index.meetings.size).toBeGreaterThan(5);
    const records = await loadEvidence(name.replace('.json', ''));
    expect(records.size).toBeGreaterThan(0);
  });

  it('reports a broken graph.json as the problem it is', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('{"schemaVersion": 3'))),
    );
    const error = await loadGraph('/data/graph.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphLoadError);
    expect((error as GraphLoadError).problem).toEqual({ kind: 'not-json', html: false });
  });
});
