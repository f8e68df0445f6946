// YAML read precisely (the `yaml` package, with positions): every error is a problem at its line and column, an
// alias bomb or an alias to nothing included, never an exception. The compiler and the ingest assistant read
// YAML through it.
import { isCollection, visit } from 'yaml';
import { parseYaml, type ParsedYaml } from './locate';

export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

function yamlMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'YAML syntax error: a file must hold a single document (remove the "---" line)';
  if (code === 'DUPLICATE_KEY') return 'YAML syntax error: the same key appears twice in one map';
  return `YAML syntax error: ${message}`;
}

/** The text's value, or the problems that keep it from having one; `parsed` for locating later problems. */
export function readYaml(text: string): { value: unknown; problems: YamlProblem[]; parsed: ParsedYaml } {
  const parsed = parseYaml(text);
  const at = (offset: number) => {
    const { line, col } = parsed.lines.linePos(offset);
    return { line, column: col };
  };
  if (parsed.doc.errors.length > 0)
    return {
      value: undefined,
      problems: parsed.doc.errors.map((e) => ({ ...at(e.pos[0]), message: yamlMessage(e.code, e.message) })),
      parsed,
    };
  // `yaml` would turn a list or map used as a key into text (with a warning): no schema here has such keys.
  let complexKey: number | undefined;
  visit(parsed.doc, {
    Pair(_, pair) {
      if (!isCollection(pair.key)) return;
      complexKey = pair.key.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  if (complexKey !== undefined)
    return {
      value: undefined,
      problems: [{ ...at(complexKey), message: 'YAML error: a key must be plain text, not a list or a map' }],
      parsed,
    };
  try {
    return { value: parsed.doc.toJS(), problems: [], parsed };
  } catch (e) {
    // Aliases fail only here: to an unknown anchor, or so many that they look like a YAML bomb.
    let offset = 0;
    visit(parsed.doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const message = `YAML error: ${e instanceof Error ? e.message : String(e)}`;
    return { value: undefined, problems: [{ ...at(offset), message }], parsed };
  }
}
