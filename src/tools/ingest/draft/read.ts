// A reviewed draft read back: its bytes decoded strictly, its YAML read precisely (an alias bomb is a problem at
// its line), its values checked against the draft schema with each problem at the line it is on.
import { readFileSync } from 'node:fs';
import { yamlLocator } from '../../common/locate';
import { schemaProblems } from '../../compiler/index';
import { decodeUtf8 } from '../../common/utf8';
import { readYaml } from '../../common/yaml';
import type { IngestProblem } from '../pipeline/types';
import { Draft } from '../../../core/schema/draft';

export function readDraft(file: string): { draft: Draft | null; problems: IngestProblem[] } {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    return { draft: null, problems: [{ file, message: 'no such draft' }] };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok)
    return { draft: null, problems: [{ file, line: decoded.line, message: 'the draft is not UTF-8 text' }] };
  const read = readYaml(decoded.text);
  if (read.problems.length)
    return { draft: null, problems: read.problems.map((p) => ({ file, line: p.line, message: p.message })) };
  const r = Draft.safeParse(read.value);
  if (r.success) return { draft: r.data, problems: [] };
  const locator = yamlLocator(file, bytes, read.parsed);
  return {
    draft: null,
    problems: schemaProblems(r.error, read.value, locator, [], 'draft').map((p) => ({
      file,
      line: p.line,
      message: p.message,
    })),
  };
}
