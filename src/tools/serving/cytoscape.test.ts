import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { trimCytoscape } from './cytoscape';

const source = readFileSync(path.resolve('node_modules/cytoscape/dist/cytoscape.esm.mjs'), 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'mg-cytoscape-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Cytoscape in the bundle', () => {
  const trimmed = trimCytoscape(source);

  it('registers the preset and null layouts, and has no trace of the others', () => {
    expect(trimmed).toContain(
      "var layout = [{ name: 'null', impl: NullLayout }, { name: 'preset', impl: PresetLayout }];",
    );
    for (const impl of ['BreadthFirstLayout', 'CircleLayout', 'ConcentricLayout', 'CoseLayout', 'GridLayout'])
      expect(trimmed).not.toMatch(new RegExp(`\\b${impl}\\b`));
    // Every line kept where it was.
    expect(trimmed.split('\n').length).toBe(source.split('\n').length);
  });

  it('draws a graph at the given positions, walks it, and has neither the layouts nor the algorithms cut', async () => {
    const file = path.join(dir, 'cytoscape.mjs');
    writeFileSync(file, trimmed);
    const { default: cytoscape } = (await import(pathToFileURL(file).href)) as { default: typeof import('cytoscape') };
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'a' }, position: { x: 1, y: 2 } },
        { data: { id: 'b' }, position: { x: 30, y: 40 } },
        { data: { id: 'c' }, position: { x: 5, y: 5 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
      ],
      layout: { name: 'preset' },
    });
    expect(cy.$id('b').position()).toEqual({ x: 30, y: 40 });
    expect(cy.elements().components()).toHaveLength(2);
    expect(() => cy.layout({ name: 'cose' })).toThrow();
    const methods = cy.elements() as unknown as Record<string, unknown>;
    expect(methods.bfs).toBeTypeOf('function');
    expect(methods.dijkstra).toBeUndefined();
    expect(methods.pageRank).toBeUndefined();
  });

  it('fails the build when Cytoscape no longer has the expected shape', () => {
    expect(() => trimCytoscape('export default 1;')).toThrow(/list of layouts/);
  });
});
