// Edits to a data file as text, at the places its YAML says: new items at the end of a list, a value replaced.
// Everything else in the file (the editors' comments, flow maps, folded quotes, blank lines) stays byte for byte.
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

interface Edit {
  at: number;
  /** Characters replaced from `at` (0 for an insertion). */
  remove: number;
  text: string;
}

export class TextEdits {
  private readonly edits: Edit[] = [];
  readonly doc: Document;

  constructor(readonly text: string) {
    this.doc = parseDocument(text, { keepSourceTokens: false });
  }

  /** Column of the "-" of a block sequence's items. */
  private dashColumn(seq: YAMLSeq): number {
    const first = seq.items[0] as Node | undefined;
    const at = first?.range?.[0] ?? seq.range?.[0] ?? 0;
    const lineStart = this.text.lastIndexOf('\n', at - 1) + 1;
    const dash = this.text.indexOf('-', lineStart);
    return dash >= 0 && dash < at ? dash - lineStart : 2;
  }

  /** Appends items at the end of a block sequence, indented as its other items. */
  append(seq: YAMLSeq, items: unknown[]): void {
    if (items.length === 0) return;
    if (seq.flow) {
      // "people: []": the list becomes a block list holding what it had and the new items.
      const [start, end] = seq.range ?? [0, 0];
      this.edits.push({
        at: start,
        remove: end - start,
        text: `\n${render([...(seq.toJSON() as unknown[]), ...items], 2)}`.trimEnd(),
      });
      return;
    }
    const column = this.dashColumn(seq);
    const end = seq.range?.[2] ?? this.text.length;
    const body = render(items, column);
    const prefix = end > 0 && this.text[end - 1] !== '\n' ? '\n' : '';
    this.edits.push({ at: end, remove: 0, text: prefix + body });
  }

  /** Replaces a value (scalar or flow collection) by a new one written in flow style. */
  replace(node: Node, value: unknown): void {
    const [start, end] = node.range ?? [0, 0];
    this.edits.push({ at: start, remove: end - start, text: flow(value) });
  }

  /** Adds `key: value` to a block map, after the entry with key `after` (or at its end). */
  addKey(map: YAMLMap, key: string, value: unknown, after?: string): void {
    const pairs = map.items;
    const anchor =
      (after ? pairs.find((p) => isScalar(p.key) && p.key.value === after) : undefined) ?? pairs[pairs.length - 1];
    const keyNode = anchor.key as Node;
    const lineStart = this.text.lastIndexOf('\n', (keyNode.range?.[0] ?? 0) - 1) + 1;
    const column = (keyNode.range?.[0] ?? 0) - lineStart;
    const valueNode = anchor.value as Node | null;
    const end = valueNode?.range?.[2] ?? keyNode.range?.[2] ?? this.text.length;
    const lines =
      Array.isArray(value) && value.some((v) => typeof v === 'object')
        ? `${key}:\n${render(value, column + 2)}`
        : `${key}: ${flow(value)}\n`;
    const indented = lines
      .split('\n')
      .map((l, i) => (i === 0 ? ' '.repeat(column) + l : l))
      .join('\n');
    this.edits.push({ at: end, remove: 0, text: (this.text[end - 1] === '\n' ? '' : '\n') + indented });
  }

  result(): string {
    let out = this.text;
    for (const e of [...this.edits].sort((a, b) => b.at - a.at))
      out = out.slice(0, e.at) + e.text + out.slice(e.at + e.remove);
    return out;
  }
}

function render(items: unknown[], column: number): string {
  const yaml = stringify(items, { lineWidth: 0, aliasDuplicateObjects: false });
  return yaml
    .split('\n')
    .filter((l, i, all) => l !== '' || i < all.length - 1)
    .map((l) => (l ? ' '.repeat(column) + l : l))
    .join('\n')
    .concat('\n');
}

function flow(value: unknown): string {
  return stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();
}

/** The item of a top-level list (meetings:, people:) whose `id` is `id`. */
export function itemById(doc: Document, list: string, id: string): YAMLMap | undefined {
  const seq = doc.get(list, true);
  if (!isSeq(seq)) return undefined;
  return seq.items.find((m): m is YAMLMap => isMap(m) && m.get('id') === id);
}

export function topList(doc: Document, list: string): YAMLSeq | undefined {
  const seq = doc.get(list, true);
  return isSeq(seq) ? seq : undefined;
}
