// The data compiler: data/ (YAML + article texts) → public/data/graph.json.
// The stages are in pipeline/, in this order: collect → load → validate (schemas) → crosscheck → link → layout →
// emit. Each returns its own problems; all are reported at once, sorted by file and line.
import { collect } from './pipeline/collect';
import { crossCheck } from './pipeline/crosscheck';
import { emit, sourceDigest } from './pipeline/emit';
import { layout, swatchesOf } from './pipeline/layout';
import { link } from './pipeline/link';
import { load } from './pipeline/load';
import type { CompileOptions, CompileResult, CompileStats, Problem } from './pipeline/types';
import { validateSchemas } from './pipeline/validate';
import * as z from 'zod/mini';

// zod/mini ships no messages by default; editors need plain English ones (the app bundle stays without them).
z.config(z.locales.en());

export type {
  CompileOptions,
  CompileResult,
  CompileStats,
  EvidenceOut,
  Located,
  PreviousDrawing,
  Problem,
  Validated,
} from './pipeline/types';
export { schemaProblems } from './pipeline/validate';
export { compareOutput, meetingsIn, writeOutput } from './write';
export { previousDrawing } from './previous';

export { formatProblem } from '../common/problems';

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/**
 * Everything up to the cross-checks: the records as validated, with the problems found. Returns before linking so
 * that the raw file contents can be freed; the ingest assistant reads data/ through it too.
 */
export function checkSources(dataDir: string) {
  const collected = collect(dataDir);
  const loaded = load(collected);
  const digest = sourceDigest(loaded.sources);
  const checked = validateSchemas(loaded);
  const crossChecked = crossCheck(checked);
  const { validated, quotes } = crossChecked;
  const problems = [...collected.problems, ...loaded.problems, ...checked.problems, ...crossChecked.problems];
  return { validated, quotes, problems, digest, files: collected.all.length };
}

export async function compile(options: CompileOptions): Promise<CompileResult> {
  const t0 = performance.now();
  const { validated, quotes, problems, digest, files } = checkSources(options.dataDir);
  const stats: CompileStats = {
    articles: validated.articles.size,
    people: validated.people.length,
    organizations: validated.organizations.length,
    meetings: validated.meetings.length,
    agreements: validated.agreements.length,
    edges: 0,
    files,
    ms: 0,
  };
  const done = (result: Omit<CompileResult, 'stats'>): CompileResult => {
    stats.ms = performance.now() - t0;
    return { ...result, problems: sortProblems(result.problems), stats };
  };
  if (problems.length > 0) return done({ graph: null, json: null, evidence: [], problems });

  const linked = link(validated, quotes);
  stats.edges = linked.edges.length;
  const positions = options.layout === false ? null : layout(linked, options.previous?.positions);
  return done(emit(linked, positions, swatchesOf(linked, options.previous?.swatches), digest));
}
