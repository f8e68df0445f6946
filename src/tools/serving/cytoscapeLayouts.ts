// Cytoscape registers eight layouts, cose alone some 1,100 lines; the app runs only `preset` (the compiler lays the
// graph out), and Cytoscape itself `null`. The others are cut from the bundle, which the first download carries.
import { parseAst, type Plugin } from 'vite';

const KEPT = new Set(['null', 'preset']);
const MODULE = /node_modules[\\/]cytoscape[\\/]dist[\\/]cytoscape\.esm\.mjs$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * Cytoscape's ES module without the layouts it is not to register: they leave its list of layouts, and their
 * constructors and the methods set on their prototypes go, so the minifier drops what only they used. Throws when
 * the module no longer has the shape this expects (a Cytoscape upgrade), rather than ship it untrimmed unnoticed.
 */
export function trimLayouts(code: string): string {
  const list = /var layout = \[(\{[^\]]*?\})\];/.exec(code);
  if (!list) throw new Error('cytoscape-layouts: the list of layouts was not found in cytoscape.esm.mjs');
  const entries = [...list[1].matchAll(/\{\s*name: '([\w-]+)',\s*impl: (\w+)\s*\}/g)].map((m) => ({
    name: m[1],
    impl: m[2],
  }));
  if (![...KEPT].every((name) => entries.some((e) => e.name === name)))
    throw new Error(`cytoscape-layouts: expected the layouts ${[...KEPT].join(', ')} in cytoscape.esm.mjs`);
  const dropped = new Set(entries.filter((e) => !KEPT.has(e.name)).map((e) => e.impl));

  const cuts: [number, number][] = [];
  const found = new Set<string>();
  for (const statement of parseAst(code).body as unknown as Node[]) {
    const owner = ownerOf(statement);
    if (owner && dropped.has(owner)) {
      cuts.push([statement.start, statement.end]);
      found.add(owner);
    }
  }
  if (found.size !== dropped.size)
    throw new Error('cytoscape-layouts: a layout to cut has no constructor at the top of cytoscape.esm.mjs');
  // From the end, so the earlier offsets stay right; each cut leaves its line breaks, so every line kept stays where
  // it was (and Cytoscape's own lines in a source map with it). The list is rewritten last: it comes after them.
  let out = code;
  for (const [start, end] of cuts.reverse())
    out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, '') + out.slice(end);
  const kept = entries.filter((e) => KEPT.has(e.name)).map((e) => `{ name: '${e.name}', impl: ${e.impl} }`);
  const breaks = list[0].replace(/[^\n]/g, '');
  return out.replace(list[0], `var layout = [${kept.join(', ')}];${breaks}`);
}

/** `function X(…) {…}` and `X.prototype.y = …;` belong to X. */
function ownerOf(statement: Node): string | null {
  if (statement.type === 'FunctionDeclaration') return (statement.id as { name: string } | null)?.name ?? null;
  if (statement.type !== 'ExpressionStatement') return null;
  const expression = statement.expression as Node;
  if (expression.type !== 'AssignmentExpression') return null;
  let target = expression.left as Node;
  while (target.type === 'MemberExpression') target = target.object as Node;
  return target.type === 'Identifier' ? (target.name as string) : null;
}

export function trimCytoscapeLayouts(): Plugin {
  return {
    name: 'meeting-graph:cytoscape-layouts',
    transform(code, id) {
      return MODULE.test(id) ? { code: trimLayouts(code), map: null } : null;
    },
  };
}
