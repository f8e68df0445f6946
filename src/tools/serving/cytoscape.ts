// Cytoscape carries eight layouts (cose alone some 1,100 lines) and some twenty graph algorithms; the app runs only
// the `preset` layout (the compiler lays the graph out) and no algorithm. What it never calls is cut from the bundle,
// which the first download carries: the layouts but `preset` and `null` (Cytoscape's own default), and the
// algorithms but breadth- and depth-first search (`components()` walks with them).
import { parseAst, type Plugin } from 'vite';

const KEPT_LAYOUTS = new Set(['null', 'preset']);
const MODULE = /node_modules[\\/]cytoscape[\\/]dist[\\/]cytoscape\.esm\.mjs$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const fail = (what: string): never => {
  // A Cytoscape upgrade that changed its module's shape: said at the build, rather than shipped untrimmed unnoticed.
  throw new Error(`trim-cytoscape: ${what} in cytoscape.esm.mjs`);
};

/** Blanks `[start, end)` but its line breaks, so every line kept stays where it was (and a source map with it). */
function blank(code: string, cuts: [number, number, string?][]): string {
  let out = code;
  for (const [start, end, text = ''] of [...cuts].sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + text + out.slice(start, end).replace(/[^\n]/g, '') + out.slice(end);
  return out;
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

/** `var X = { a: …, b: … }` at the top: X → its keys. */
function objectKeys(body: Node[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of body) {
    if (s.type !== 'VariableDeclaration') continue;
    for (const d of s.declarations as Node[]) {
      const init = d.init as Node | null;
      const id = d.id as Node;
      if (init?.type !== 'ObjectExpression' || id.type !== 'Identifier') continue;
      const keys = (init.properties as Node[]).map((p) => (p.key as { name?: string } | undefined)?.name ?? '');
      out.set(id.name as string, keys);
    }
  }
  return out;
}

/** Cytoscape's ES module without the layouts and algorithms the app never calls (see the top of this file). */
export function trimCytoscape(code: string): string {
  const body = parseAst(code).body as unknown as Node[];
  const cuts: [number, number, string?][] = [];

  // Layouts: their constructors and methods go, and they leave the list Cytoscape registers.
  const list = body.find((s) => s.type === 'VariableDeclaration' && code.startsWith('var layout = [', s.start));
  if (!list) return fail('the list of layouts was not found');
  const entries = [...code.slice(list.start, list.end).matchAll(/\{\s*name: '([\w-]+)',\s*impl: (\w+)\s*\}/g)];
  const kept = entries.filter((m) => KEPT_LAYOUTS.has(m[1]));
  if (kept.length !== KEPT_LAYOUTS.size) fail(`the layouts ${[...KEPT_LAYOUTS].join(', ')} were not found`);
  const dropped = new Set(entries.filter((m) => !KEPT_LAYOUTS.has(m[1])).map((m) => m[2]));
  const owned = new Set<string>();
  for (const s of body) {
    const owner = ownerOf(s);
    if (owner && dropped.has(owner)) {
      cuts.push([s.start, s.end]);
      owned.add(owner);
    }
  }
  if (owned.size !== dropped.size) fail('a layout to cut has no constructor at the top');
  const layouts = kept.map((m) => `{ name: '${m[1]}', impl: ${m[2]} }`).join(', ');
  cuts.push([list.start, list.end, `var layout = [${layouts}];`]);

  // Algorithms: the objects of methods merged into collections; unlisted, the minifier drops them.
  const keys = objectKeys(body);
  const merged = body.find((s) => {
    const call = s.type === 'ExpressionStatement' ? (s.expression as Node) : null;
    const array = call?.type === 'CallExpression' ? ((call.callee as Node).object as Node | undefined) : undefined;
    return (
      array?.type === 'ArrayExpression' &&
      (array.elements as Node[]).some((e) => keys.get(e.name as string)?.includes('dijkstra'))
    );
  });
  const array = ((merged?.expression as Node | undefined)?.callee as Node | undefined)?.object as Node | undefined;
  if (!array) return fail('the list of graph algorithms was not found');
  const names = (array.elements as Node[]).map((e) => e.name as string);
  const search = names.filter((n) => keys.get(n)?.includes('breadthFirstSearch'));
  if (search.length !== 1) fail('breadth-first search was not found among the graph algorithms');
  cuts.push([array.start, array.end, `[${search.join(', ')}]`]);

  return blank(code, cuts);
}

export function trimCytoscapeBundle(): Plugin {
  return {
    name: 'meeting-graph:trim-cytoscape',
    transform(code, id) {
      return MODULE.test(id) ? { code: trimCytoscape(code), map: null } : null;
    },
  };
}
