// The compiled graph: linking, determinism, layout, and that synthetic sets compile cleanly.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { EvidenceFile, Graph } from '../../core/schema/graph';
import { synthesize } from '../synth/model';
import { writeSynthSet } from '../synth/write';
import { compile, formatProblem } from './index';
import { FAST_PARSE_MIN_TOTAL_BYTES } from './pipeline/load';
import { FIXTURES } from './test-helpers';
import { graphOf } from '../../testing/graphs';

const minimal = path.join(FIXTURES, 'minimal');
const temp = mkdtempSync(path.join(tmpdir(), 'mg-out-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function minDistance(entities: { x: number; y: number }[]): number {
  let min = Infinity;
  for (let i = 0; i < entities.length; i++)
    for (let j = i + 1; j < entities.length; j++)
      min = Math.min(min, Math.hypot(entities[i].x - entities[j].x, entities[i].y - entities[j].y));
  return min;
}

describe('compiled graph', () => {
  it('links quotes, groups, roles and edges', async () => {
    const { graph, problems } = await compile({ dataDir: minimal, layout: false });
    expect(problems).toEqual([]);
    const g = graph!;
    const text = readFileSync(path.join(minimal, 'articles/news-one.txt'), 'utf8');
    const m = g.meetings[0];
    expect(m.participants).toEqual(['altman', 'chey-tae-won', 'aide']);
    expect(m.attendees).toEqual(['aide']);
    expect(m.precision).toBe('day');
    for (const q of [...m.sources, ...g.agreements[0].sources]) expect(text.slice(q.start, q.end)).toBe(q.quote);
    // The first quote spans a line break in the article: the original text keeps it.
    expect(m.sources[0].quote).toBe('4일 오전 서울 중구에서\n최태원 SK그룹 회장과 만나');
    expect(m.sources[0].before).toBe('샘 올트먼 오픈AI 최고경영자(CEO)는');
    expect(m.sources[0].after).toBe('인공지능 협력을 논의했다.');
    expect(g.agreements[0].precision).toBe('month');
    const person = (id: string) => g.entities.find((e) => e.id === id);
    expect(person('chey-tae-won')).toMatchObject({ group: 'sk-group' });
    expect(person('aide')).not.toHaveProperty('group');
    expect(g.edges.map((e) => e.id)).toEqual([
      'aff:altman:openai',
      'aff:chey-tae-won:sk-hynix',
      'agr:openai:sk-group',
      'met:aide:altman',
      'met:aide:chey-tae-won',
      'met:altman:chey-tae-won',
    ]);
  });

  it('is byte-identical across runs, with the same positions, and leaves Math.random alone', async () => {
    const random = Math.random;
    const a = await compile({ dataDir: minimal });
    const b = await compile({ dataDir: minimal });
    expect(Math.random).toBe(random);
    expect(a.json).not.toBeNull();
    expect(a.json).toBe(b.json);
    expect(a.json!.endsWith('}\n')).toBe(true);
    const entities = a.graph!.entities;
    expect(entities.map((e) => e.id)).toEqual(['aide', 'altman', 'chey-tae-won', 'openai', 'sk-group', 'sk-hynix']);
    // People are laid out apart; organisations sit among their people (drawn only as boxes or collapsed).
    expect(minDistance(entities.filter((e) => e.kind === 'person'))).toBeGreaterThan(40);
    for (const e of entities) expect(Math.round(e.x * 10) / 10).toBe(e.x);
  });

  it(
    'compiles a synthetic set with zero problems, deterministically, with the grouped layout',
    { timeout: 120_000 },
    async () => {
      const dir = path.join(temp, 'synth');
      const set = synthesize({ people: 700, meetings: 1500, seed: 7 });
      writeSynthSet(dir, set);
      const first = await compile({ dataDir: dir });
      expect(first.problems).toEqual([]);
      expect(first.stats).toMatchObject({ people: 700, meetings: 1500 });
      const month = first.graph!.meetings.filter((m) => m.precision === 'month').length / 1500;
      expect(month).toBeGreaterThan(0.1);
      expect(month).toBeLessThan(0.2);
      expect(minDistance(first.graph!.entities)).toBeGreaterThan(40);
      writeSynthSet(dir, synthesize({ people: 700, meetings: 1500, seed: 7 }));
      expect((await compile({ dataDir: dir })).json).toBe(first.json);
    },
  );
});

describe('large sets (fast parse path)', () => {
  it('still reports problems at their exact line', { timeout: 120_000 }, async () => {
    const dir = path.join(temp, 'large');
    writeSynthSet(dir, synthesize({ people: 1000, meetings: 3000, seed: 3 }));
    expect(Number(execSync(`du -sb ${dir}`).toString().split('\t')[0])).toBeGreaterThan(FAST_PARSE_MIN_TOTAL_BYTES);
    const file = path.join(dir, 'meetings/001.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    // Break the 100th meeting's first quote, and the YAML of the 200th meeting's id line.
    const quoteLine = lines.findIndex((l, i) => i > 1000 && l.includes('quotes: ["'));
    lines[quoteLine] = lines[quoteLine].replace('quotes: ["', 'quotes: ["없는 말 ');
    const idLine = lines.findIndex((l, i) => i > 2000 && l.startsWith('  - id: '));
    lines[idLine] = lines[idLine] + ': oops';
    writeFileSync(file, lines.join('\n'));
    const result = await compile({ dataDir: dir, layout: false });
    const shown = result.problems.map((p) => formatProblem(p).replace(/^.*meetings\/001\.yaml/, '001.yaml'));
    expect(shown).toEqual([
      `001.yaml:${idLine + 1}:${lines[idLine].indexOf('"') + 1}: YAML syntax error: Nested mappings are not allowed in compact mappings`,
    ]);
    // With the YAML fixed, the quote problem is found in a file parsed by the fast path.
    lines[idLine] = lines[idLine].replace(': oops', '');
    writeFileSync(file, lines.join('\n'));
    const again = await compile({ dataDir: dir, layout: false });
    expect(again.problems).toHaveLength(1);
    const p = again.problems[0];
    expect([p.line, p.column]).toEqual([quoteLine + 1, lines[quoteLine].indexOf('["') + 2]);
    expect(p.message).toMatch(/^meeting "m-[0-9a-z-]+": quote not found in article "synth-article-\d+": "없는 말 /);
  });
});

describe('emit', () => {
  const quote = { article: 'a', quote: 'q', start: 0, end: 1, before: '', after: '' };
  const meeting = (id: string, date: string, participants: string[], words = 1) => ({
    id,
    date,
    precision: 'day' as const,
    kind: 'meeting' as const,
    title: { ko: id },
    participants,
    attendees: [],
    summary: { ko: '요약' },
    sources: Array.from({ length: words }, () => quote),
    disagreements: [],
  });

  it('reports output that breaks the graph schema as a compiler bug', async () => {
    const { emit } = await import('./pipeline/emit');
    const linked = {
      articles: [],
      people: [],
      organizations: [],
      meetings: [meeting('m', '2025-01-01', [])],
      agreements: [],
      edges: [],
    };
    const out = emit(linked, null, new Map(), 'f'.repeat(64));
    expect(out.json).toBeNull();
    expect(out.problems.map((p) => p.message)).toEqual([
      'compiler bug: the output breaks the graph schema at meetings[0].participants: Too small: expected array to have >=1 items',
    ]);
  });

  it('splits the quotes into evidence files named by their content, which graph.json names per record', async () => {
    const { graph, json, evidence } = await compile({ dataDir: minimal, layout: false });
    const file = Graph.parse(graphOf(json!));
    expect(json).not.toContain('"sources"');
    expect(json).not.toContain('"edges"');
    const byHash = new Map(evidence.map((e) => [e.hash, EvidenceFile.parse(JSON.parse(e.json))]));
    for (const e of evidence) expect(createHash('sha256').update(e.json).digest('hex').slice(0, 16)).toBe(e.hash);
    for (const [i, m] of file.meetings.entries()) {
      const full = graph!.meetings[i];
      expect(byHash.get(m.evidence)?.records[m.id]).toEqual({
        summary: full.summary,
        ...(full.place ? { place: full.place } : {}),
        ...(full.note ? { note: full.note } : {}),
        sources: full.sources,
        disagreements: full.disagreements,
      });
      expect(m.articles).toEqual([...new Set(full.sources.map((s) => s.article))]);
    }
  });

  it('packs records by date into files of a few selections, so a new late record changes only the last file', async () => {
    const { packEvidence, EVIDENCE_FILE_BYTES } = await import('./pipeline/emit');
    const perRecord = JSON.stringify({ sources: [quote], disagreements: [] }).length;
    const words = Math.ceil(EVIDENCE_FILE_BYTES / 4 / perRecord);
    const records = Array.from({ length: 20 }, (_, i) =>
      meeting(`m${i}`, `2025-01-${String(i + 1).padStart(2, '0')}`, ['p'], words),
    ).map(({ id, date, summary, sources, disagreements }) => ({
      id,
      date,
      evidence: { summary, sources, disagreements },
    }));
    const before = packEvidence(records);
    expect(before.files.length).toBeGreaterThanOrEqual(4);
    expect(before.files.length).toBeLessThanOrEqual(6);
    const later = { ...records[0], id: 'late', date: '2025-02-01' };
    const after = packEvidence([later, ...records]);
    const same = after.files.filter((f) => before.files.some((b) => b.hash === f.hash));
    expect(same.length).toBe(before.files.length - 1);
    expect(after.fileOf.get('m0')).toBe(before.fileOf.get('m0'));
  });
});
