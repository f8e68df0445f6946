// graph.json's text: one column per line. Still one JSON value, but a page can parse it a line at a time, in short
// tasks (the 20k file is 20 MB: one JSON.parse of it is a third of a second on a slow machine). A file laid out
// otherwise (written by hand, or by another tool) is parsed whole: the layout is a speed-up, never a contract.
import type { GraphFile } from './columns';

/** graph.json as the compiler writes it: `{`, then each top-level value and each column on a line of its own. */
export function graphFileText(file: GraphFile): string {
  const lines = ['{'];
  const entries = Object.entries(file);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    const isTable = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!isTable) return lines.push(`${JSON.stringify(key)}:${JSON.stringify(value)}${comma}`);
    lines.push(`${JSON.stringify(key)}:{`);
    const columns = Object.entries(value as Record<string, unknown>);
    columns.forEach(([name, column], k) =>
      lines.push(`${JSON.stringify(name)}:${JSON.stringify(column)}${k < columns.length - 1 ? ',' : ''}`),
    );
    lines.push(`}${comma}`);
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}

const LF = 10;

/** As JSON.parse sets a key: `__proto__` is a key like any other. */
const set = (o: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });

/** `"key":{` — a table opens (a key holds no raw line break or unescaped quote). */
const OPENS = /^"(?:[^"\\]|\\.)*":\{$/;

/**
 * The value of a graph.json's bytes, pausing after each line (a column at most: a few MB at 20k). Lines that are
 * not of the compiler's layout make it one JSON.parse of the whole text, which throws on text that is not JSON.
 * Lenient where JSON.parse is strict (a missing comma between lines): the loading worker's verdict still decides.
 */
export function* parseGraphText(bytes: Uint8Array): Generator<void, unknown> {
  const decoder = new TextDecoder();
  const whole = () => JSON.parse(decoder.decode(bytes)) as unknown;
  const root: Record<string, unknown> = {};
  let table: Record<string, unknown> | null = null;
  let at = 0;
  let line = 0;
  let closed = false;
  while (at < bytes.length) {
    let end = bytes.indexOf(LF, at);
    if (end < 0) end = bytes.length;
    const text = decoder.decode(bytes.subarray(at, end)).trim();
    at = end + 1;
    if (text === '') continue;
    if (closed) return whole();
    if (line++ === 0) {
      if (text !== '{') return whole();
      continue;
    }
    const bare = text.endsWith(',') ? text.slice(0, -1) : text;
    if (bare === '}') {
      if (table) table = null;
      else closed = true;
      continue;
    }
    const opens = OPENS.test(bare);
    let member: Record<string, unknown>;
    try {
      member = JSON.parse(opens ? `{${bare}}}` : `{${bare}}`) as Record<string, unknown>;
    } catch {
      return whole();
    }
    const keys = Object.keys(member);
    // A line of several keys or of none is not this layout.
    if (keys.length !== 1) return whole();
    const [key] = keys;
    if (opens) {
      if (table) return whole();
      table = member[key] as Record<string, unknown>;
      set(root, key, table);
    } else set(table ?? root, key, member[key]);
    yield;
  }
  return closed && !table ? root : whole();
}
