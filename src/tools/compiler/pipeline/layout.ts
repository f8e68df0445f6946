// Stage 5: positions computed at build time so the app paints at once. Small graphs use fcose (headless
// Cytoscape); large ones a fast grouped layout (./layout-grouped), since fcose grows too slow past a few hundred nodes.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { groupedLayout } from './layout-grouped';
import type { Linked, Positions } from './types';
import { withSeededRandom } from '../prng';

/** Beyond these sizes fcose takes seconds; the grouped layout takes milliseconds. */
export const FCOSE_MAX_NODES = 600;
export const FCOSE_MAX_EDGES = 1500;
/** Area given to each node: 30 nodes spread over about 1200×800 units. */
const AREA_PER_NODE = (1200 * 800) / 30;
const SEED = 0x5eed;

let registered = false;

export function layout(g: Linked): Positions {
  const n = g.people.length + g.organizations.length;
  const large = n > FCOSE_MAX_NODES || g.edges.length > FCOSE_MAX_EDGES;
  const raw = large ? groupedLayout(g) : fcoseLayout(g);
  return normalise(raw, n);
}

function fcoseLayout(g: Linked): Positions {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const elements: cytoscape.ElementDefinition[] = [
    ...g.people.map((p) => ({ data: { id: p.id } })),
    ...g.organizations.map((o) => ({ data: { id: o.id } })),
    ...g.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, kind: e.kind } })),
    // Sub-organisations sit near their group.
    ...g.organizations.flatMap((o) =>
      o.parent ? [{ data: { id: `parent:${o.id}`, source: o.id, target: o.parent, kind: 'parent' } }] : [],
    ),
  ];
  return withSeededRandom(SEED, () => {
    const cy = cytoscape({ headless: true, styleEnabled: false, elements });
    const lengths: Record<string, number> = { affiliation: 60, parent: 90, met: 110, agreement: 160 };
    cy.layout({
      name: 'fcose',
      quality: 'default',
      randomize: true,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      nodeRepulsion: () => 12_000,
      idealEdgeLength: (e: cytoscape.EdgeSingular) => lengths[e.data('kind') as string] ?? 100,
      edgeElasticity: () => 0.45,
      nodeSeparation: 120,
      gravity: 0.3,
      numIter: 2500,
    } as cytoscape.LayoutOptions).run();
    const out: Positions = new Map();
    cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      out.set(node.id(), { x, y });
    });
    cy.destroy();
    return out;
  });
}

/** Centres the drawing on 0,0 and scales it to a fixed area per node, rounded to 0.1 unit. */
function normalise(raw: Positions, n: number): Positions {
  const pts = [...raw.values()];
  if (pts.length === 0) return new Map();
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of pts) {
    [minX, maxX, minY, maxY] = [Math.min(minX, p.x), Math.max(maxX, p.x), Math.min(minY, p.y), Math.max(maxY, p.y)];
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const area = Math.max(maxX - minX, 1) * Math.max(maxY - minY, 1);
  const scale = n < 2 ? 1 : Math.sqrt((n * AREA_PER_NODE) / area);
  const round = (v: number) => Math.round(v * 10) / 10 + 0; // + 0 turns -0 into 0
  const out: Positions = new Map();
  for (const [id, p] of raw) out.set(id, { x: round((p.x - cx) * scale), y: round((p.y - cy) * scale) });
  return out;
}
