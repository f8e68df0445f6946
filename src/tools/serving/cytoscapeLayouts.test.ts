import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { trimLayouts } from './cytoscapeLayouts';

const source = readFileSync(path.resolve('node_modules/cytoscape/dist/cytoscape.esm.mjs'), 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'mg-cytoscape-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("Cytoscape's layouts in the bundle", () => {
  const trimmed = trimLayouts(source);

  it('keeps preset and null, and no trace of the others', () => {
    expect(trimmed).toContain(
      "var layout = [{ name: 'null', impl: NullLayout }, { name: 'preset', impl: PresetLayout }];",
    );
    for (const impl of ['BreadthFirstLayout', 'CircleLayout', 'ConcentricLayout', 'CoseLayout', 'GridLayout'])
      expect(trimmed).not.toMatch(new RegExp(`\\b${impl}\\b`));
    // Every line kept where it was.
    expect(trimmed.split('\n').length).toBe(source.split('\n').length);
  });

  it('still draws a graph at the given positions, and refuses a layout it no longer has', async () => {
    const file = path.join(dir, 'cytoscape.mjs');
    writeFileSync(file, trimmed);
    const { default: cytoscape } = (await import(pathToFileURL(file).href)) as { default: typeof import('cytoscape') };
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'a' }, position: { x: 1, y: 2 } },
        { data: { id: 'b' }, position: { x: 30, y: 40 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
      ],
      layout: { name: 'preset' },
    });
    expect(cy.$id('b').position()).toEqual({ x: 30, y: 40 });
    expect(() => cy.layout({ name: 'cose' })).toThrow();
  });

  it('fails the build when Cytoscape no longer has the expected shape', () => {
    expect(() => trimLayouts('export default 1;')).toThrow(/list of layouts/);
  });
});
