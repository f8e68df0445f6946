// A problem the compiler finds in data/ as a draft would make it, said of the draft's field: the desk shows it
// there (a line of a staged file means nothing to an editor, and the file is gone once the apply is refused).
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Draft } from '../../../core/schema/draft';

/** The key path of the deepest node of `node` that holds `offset`. */
function pathAt(node: Node | null | undefined, offset: number): (string | number)[] {
  if (!node) return [];
  if (isMap(node))
    for (const pair of node.items) {
      const value = pair.value as Node | null;
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const [start] = (pair.key as Node | null)?.range ?? [0];
      const end = value?.range?.[2] ?? value?.range?.[1] ?? start;
      if (offset >= start && offset <= end) return [key, ...pathAt(value, offset)];
    }
  if (isSeq(node))
    for (const [i, item] of node.items.entries()) {
      const range = (item as Node).range;
      if (range && offset >= range[0] && offset <= range[2]) return [i, ...pathAt(item as Node, offset)];
    }
  return [];
}

const write = (path: (string | number)[]) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

/**
 * The draft's field a compile problem at `line` of `file` (a data file as the draft would make it) concerns, or
 * undefined when the line is not in something the draft wrote.
 */
export function draftField(draft: Draft, file: string, text: string, line: number): string | undefined {
  const lines = text.split('\n');
  // The line's first word (past its indent and a list's "- "): the node the problem is about.
  const lead = /^[\s-]*/.exec(lines[line - 1] ?? '')![0].length;
  const offset = lines.slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0) + lead;
  const doc = parseDocument(text);
  const at = pathAt(doc.contents as Node, offset);
  if (/articles\/[^/]+\.yaml$/.test(file)) return write(['article', 'record', ...at]) || 'article.record';
  // A top-level list (people:, meetings:, …), then the record in it, then the field inside the record.
  const [list, index, ...inner] = at;
  if (typeof index !== 'number') return undefined;
  const id = (doc.getIn([list, index, 'id']) as string | undefined) ?? '';
  const find = <T extends { record?: { id: string } }>(items: T[] | undefined, name: string) => {
    const i = (items ?? []).findIndex((x) => x.record?.id === id);
    return i >= 0 ? write([name, i, 'record', ...inner]) : undefined;
  };
  if (list === 'people') return find(draft.people, 'people');
  if (list === 'organizations') return find(draft.organizations, 'organizations');
  if (list === 'meetings') {
    const created = find(draft.meetings, 'meetings');
    if (created) return created;
    // A recorded meeting this draft adds a source to: the proposal that names it.
    const i = (draft.meetings ?? []).findIndex((m) => m.action === 'add-source' && m.meeting === id);
    return i >= 0 ? `meetings[${i}]` : undefined;
  }
  return undefined;
}
