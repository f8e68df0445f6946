import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../testing/robustness/harness';
import { compile } from '../../tools/compiler';
import { graphOf } from '../../testing/graphs';
import { buildIndex } from './build';

describe('edges worked out when asked for', () => {
  it('are exactly the edges the compiler links, and nothing else', async () => {
    const compiled = await compile({ dataDir: DATA_DIR, layout: false });
    const index = buildIndex(graphOf(compiled.json!));
    expect(compiled.graph!.edges.length).toBeGreaterThan(50);
    for (const e of compiled.graph!.edges) expect(index.edges.get(e.id), e.id).toEqual(e);
    const [a, b] = compiled
      .graph!.edges.find((e) => e.kind === 'met')!
      .id.split(':')
      .slice(1);
    for (const id of [`met:${b}:${a}`, 'met:altman:nobody', 'agr:openai:openai', 'aff:altman:kakao', 'x:a:b', 'met:a'])
      expect(index.edges.get(id), id).toBeUndefined();
  });
});
