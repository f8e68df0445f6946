// Stage 6: assemble the archive, split it into graph.json (what the first view needs) and evidence files (the
// quotes, fetched when a meeting is opened), check both against the contract the app validates, and serialise
// them deterministically (key order by construction, arrays sorted by the link stage).
import { createHash } from 'node:crypto';
import type * as z from 'zod/mini';
import { drawnAsNode, meetingNodeId } from '../../../core/graph';
import {
  Agreement,
  Article,
  Entity,
  EvidenceFile,
  Graph,
  Meeting,
  SCHEMA_VERSION,
  type Archive,
  type Evidence,
} from '../../../core/schema/graph';
import { encodeGraph } from '../../../core/schema/columns';
import { graphFileText } from '../../../core/schema/lines';
import type { EvidenceOut, Layout, Linked, Problem } from './types';
import { formatPath } from './validate';

/** An evidence file holds records until it passes this many bytes: a few selections' worth of quotes. */
export const EVIDENCE_FILE_BYTES = 8 * 1024;

/** sha256 over each file's relative path and bytes, in sorted order; lengths keep the framing unambiguous. */
export function sourceDigest(files: { rel: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(`${f.rel}\0${f.bytes.length}\0`);
    hash.update(f.bytes);
  }
  return hash.digest('hex');
}

const contentHash = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

/**
 * Records in date order, packed into files of about EVIDENCE_FILE_BYTES: a new article's recent meetings change
 * only the last files, so the others keep their names and stay cached.
 */
export function packEvidence(records: { id: string; date: string; evidence: Evidence }[]): {
  files: EvidenceOut[];
  fileOf: Map<string, string>;
} {
  const sorted = [...records].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const files: EvidenceOut[] = [];
  const fileOf = new Map<string, string>();
  let batch: [string, Evidence][] = [];
  let bytes = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const file: EvidenceFile = { schemaVersion: SCHEMA_VERSION, records: Object.fromEntries(batch) };
    const json = JSON.stringify(file) + '\n';
    const hash = contentHash(json);
    files.push({ hash, json });
    for (const [id] of batch) fileOf.set(id, hash);
    batch = [];
    bytes = 0;
  };
  for (const r of sorted) {
    batch.push([r.id, r.evidence]);
    bytes += Buffer.byteLength(JSON.stringify(r.evidence));
    if (bytes >= EVIDENCE_FILE_BYTES) flush();
  }
  flush();
  return { files, fileOf };
}

const articlesOf = (e: Pick<Evidence, 'sources'>) => [...new Set(e.sources.map((s) => s.article))];

/** What a record's evidence file holds for it: what it was about, where, the editor's note, and the quotes. */
function evidenceOf(r: Evidence): Evidence {
  return {
    summary: r.summary,
    ...(r.place ? { place: r.place } : {}),
    ...(r.note ? { note: r.note } : {}),
    sources: r.sources,
    disagreements: r.disagreements,
  };
}

export function emit(
  linked: Linked,
  positions: Layout | null,
  swatches: ReadonlyMap<string, number>,
  digest: string,
): { graph: Archive | null; json: string | null; evidence: EvidenceOut[]; problems: Problem[] } {
  const at = (id: string) => {
    const p = positions?.at.get(id) ?? { x: 0, y: 0 };
    const g = positions?.grouped.get(id);
    return g ? { x: p.x, y: p.y, gx: g.x, gy: g.y } : { x: p.x, y: p.y };
  };
  const archive: Archive = {
    schemaVersion: SCHEMA_VERSION,
    sourceDigest: digest,
    articles: linked.articles,
    entities: [
      ...linked.people.map((p) => ({ ...p, ...at(p.id) })),
      ...linked.organizations.map((o) => {
        const swatch = swatches.get(o.id);
        return { ...o, ...(swatch === undefined ? {} : { swatch }), ...at(o.id) };
      }),
    ],
    // A meeting drawn as a node carries its position; one of two people is the line between them.
    meetings: linked.meetings.map((m) => {
      const id = meetingNodeId(m.id);
      return positions?.at.has(id) && drawnAsNode(m.participants) ? { ...m, ...at(id) } : m;
    }),
    agreements: linked.agreements,
    edges: linked.edges,
  };
  const { files, fileOf } = packEvidence(
    [...archive.meetings, ...archive.agreements].map((r) => ({ id: r.id, date: r.date, evidence: evidenceOf(r) })),
  );
  // Key order as in the schema: what it is, then who reported it and where the quotes are, then the rest.
  const summary = <T extends Evidence & { id: string }>(r: T) => {
    const { sources, disagreements: _d, summary: _s, place: _p, note: _n, ...rest } = r;
    return { ...rest, articles: articlesOf({ sources }), evidence: fileOf.get(r.id)! };
  };
  const graph: Graph = {
    schemaVersion: archive.schemaVersion,
    sourceDigest: archive.sourceDigest,
    articles: archive.articles,
    entities: archive.entities,
    meetings: archive.meetings.map(summary),
    agreements: archive.agreements.map(summary),
  };
  const problems = [...checkGraph(graph), ...files.flatMap(checkEvidence)];
  if (problems.length > 0) return { graph: null, json: null, evidence: [], problems };
  return { graph: archive, json: graphFileText(encodeGraph(graph)), evidence: files, problems: [] };
}

type Issue = { path: PropertyKey[]; message: string };

function asProblems(file: string, issues: Issue[]): Problem[] {
  return issues.slice(0, 20).map((i) => ({
    file,
    line: 1,
    column: 1,
    message: `compiler bug: the output breaks the graph schema at ${formatPath(i.path.filter((s) => typeof s !== 'symbol'))}: ${i.message}`,
  }));
}

/** Same checks as `Graph.safeParse`, one record at a time, so a large graph is not copied whole in memory. */
function checkGraph(graph: Graph): Problem[] {
  const issues: Issue[] = [];
  const check = (schema: z.ZodMiniType, value: unknown, base: PropertyKey[]) => {
    const r = schema.safeParse(value);
    if (!r.success) for (const i of r.error.issues) issues.push({ path: [...base, ...i.path], message: i.message });
  };
  check(Graph, { ...graph, articles: [], entities: [], meetings: [], agreements: [] }, []);
  const lists: [keyof Graph, z.ZodMiniType][] = [
    ['articles', Article],
    ['entities', Entity],
    ['meetings', Meeting],
    ['agreements', Agreement],
  ];
  for (const [key, schema] of lists) (graph[key] as unknown[]).forEach((v, i) => check(schema, v, [key, i]));
  return asProblems('graph.json', issues);
}

function checkEvidence(file: EvidenceOut): Problem[] {
  const r = EvidenceFile.safeParse(JSON.parse(file.json));
  return r.success ? [] : asProblems(`evidence/${file.hash}.json`, r.error.issues);
}
