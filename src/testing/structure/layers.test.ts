// The layers are enforced by lint, not by convention: a probe file that breaks each zone is refused, and one that
// keeps to it is not. (The probes are linted as text under a path; nothing is written.)
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

const probe = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;

describe('lint zones', () => {
  it.each([
    ['src/core/filters/probe.ts', '../../features/panel/EvidencePanel', /bottom layer/],
    ['src/core/store/probe.ts', '../../i18n', /bottom layer/],
    ['src/core/graph/probe.ts', '../collapse', /only core\/schema/],
    ['src/core/graph/probe.ts', '../timeline', /only core\/schema/],
    ['src/i18n/probe.ts', '../features/links/NoticeBar', /i18n sits on core/],
    ['src/features/panel/probe.ts', '../../app/App', /no app code/],
    ['src/features/graph/probe.ts', '../export/ExportButton', /no other feature/],
    ['src/features/graph/controllers/probe.ts', '../../timeline/Timeline', /no other feature/],
    ['src/features/panel/probe.ts', '../../core/graph/marks', /through its index/],
    ['src/tools/share/probe.ts', '../../core/url-codec/address', /through its index/],
    ['src/tools/ingest/probe.ts', '../../features/loading/readFiles', /never its React code/],
  ])('%s importing %s is refused', { timeout: 60_000 }, async (file, from, message) => {
    const messages = await restricted(file, probe(from));
    expect(
      messages.some((m) => message.test(m)),
      messages.join('\n'),
    ).toBe(true);
  });

  it.each([
    ['src/core/collapse/probe.ts', '../graph'],
    ['src/core/graph/probe.ts', '../schema/dates'],
    ['src/i18n/probe.ts', '../core/store'],
    ['src/features/graph/probe.ts', '../explorer/context'],
    ['src/features/panel/probe.ts', '../../core/schema/dates'],
    ['src/app/probe.ts', '../features/export/ExportButton'],
  ])('%s importing %s is allowed', { timeout: 60_000 }, async (file, from) => {
    expect(await restricted(file, probe(from))).toEqual([]);
  });
});

describe('folders', () => {
  it('import one another without a cycle (core/<module>, features/<feature>, i18n, app)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const src = path.resolve('src');
    const folderOf = (file: string) => {
      const [top, sub] = path.relative(src, file).split(path.sep);
      return top === 'core' || top === 'features' ? `${top}/${sub}` : top;
    };
    const layered = (folder: string) => /^(core|features)\/|^(i18n|app)$/.test(folder);
    const edges = new Map<string, Set<string>>();
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .map((f) => path.join(src, f))
      .filter((f) => /\.tsx?$/.test(f) && !/\.(test|bench)\.tsx?$/.test(f) && layered(folderOf(f)));
    for (const file of files)
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g)) {
        const to = folderOf(path.resolve(path.dirname(file), spec));
        if (to !== folderOf(file) && layered(to))
          edges.set(folderOf(file), (edges.get(folderOf(file)) ?? new Set()).add(to));
      }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      for (const next of edges.get(node) ?? []) {
        if (trail.includes(next)) cycles.push([...trail.slice(trail.indexOf(next)), next].join(' → '));
        else visit(next, [...trail, next]);
      }
    };
    for (const node of edges.keys()) visit(node, [node]);
    expect(cycles).toEqual([]);
    expect(edges.size).toBeGreaterThan(10);
  });
});
