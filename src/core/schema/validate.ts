// Graph.safeParse item by item: the top level once, then each record, so a file of
// thousands of meetings is never copied whole. Same schema, same issues (with the same paths), same result.
import { Graph } from './graph';

export interface Issue {
  path: PropertyKey[];
  message: string;
}
export type Validation = { ok: true; graph: Graph } | { ok: false; issues: Issue[] };

interface Parser {
  safeParse(x: unknown): { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };
}

export function validateGraph(raw: unknown): Validation {
  const shape = Graph.def.shape as unknown as Record<string, { def: { type: string; element?: Parser } }>;
  const arrays = Object.keys(shape).filter((k) => shape[k].def.type === 'array');
  const whole = (): Validation => {
    const r = Graph.safeParse(raw);
    return r.success ? { ok: true, graph: r.data } : { ok: false, issues: r.error.issues };
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return whole();
  const record = raw as Record<string, unknown>;
  if (arrays.some((k) => !Array.isArray(record[k]))) return whole();

  // The top level alone (keys, version, digest), then each array's items.
  const head = Graph.safeParse({ ...record, ...Object.fromEntries(arrays.map((k) => [k, []])) });
  const issues: Issue[] = head.success ? [] : [...head.error.issues];
  const parsed: Record<string, unknown[]> = {};
  for (const key of arrays) {
    const element = shape[key].def.element!;
    const items = record[key] as unknown[];
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) {
      const r = element.safeParse(items[i]);
      if (r.success) out[i] = r.data;
      else for (const issue of r.error.issues) issues.push({ ...issue, path: [key, i, ...issue.path] });
    }
    parsed[key] = out;
  }
  if (!head.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, graph: { ...head.data, ...parsed } as Graph };
}
