import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addOneArticle, addSyntheticMeetings, dataCopy } from '../../testing/growth';
import { compile, previousDrawing } from './index';

type Point = { x: number; y: number };
const scratch = mkdtempSync(path.join(tmpdir(), 'mg-kept-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeJson(json: string | null): string {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, json ?? '');
  return file;
}

/** The positions a compiled graph.json carries. */
const positionsOf = (json: string | null): ReadonlyMap<string, Point> => previousDrawing(writeJson(json)).positions;

const drawing = previousDrawing('public/data/graph.json');
const shipped = drawing.positions;
const seedPeople = [...shipped.keys()].filter((id) => !id.startsWith('mtg:'));

describe('a map that keeps its shape as articles are added', () => {
  it('keeps the people already on the map where they were, and puts the new ones near those they met', async () => {
    const dir = dataCopy('data');
    try {
      addOneArticle(dir, 'chey-tae-won');
      const result = await compile({ dataDir: dir, previous: drawing });
      expect(result.problems).toEqual([]);
      const after = positionsOf(result.json);
      const moves = seedPeople.map((id) =>
        Math.hypot(after.get(id)!.x - shipped.get(id)!.x, after.get(id)!.y - shipped.get(id)!.y),
      );
      expect(moves.reduce((s, d) => s + d, 0) / moves.length).toBeLessThan(10);
      expect(Math.max(...moves)).toBeLessThan(40);
      const host = after.get('chey-tae-won')!;
      for (const id of ['kang-do-yun', 'seo-ha-rin'])
        expect(Math.hypot(after.get(id)!.x - host.x, after.get(id)!.y - host.y)).toBeLessThan(200);

      // Compiled again from its own output, nothing moves: `npm run compile --check` stays true.
      const again = await compile({ dataDir: dir, previous: { positions: after, swatches: drawing.swatches } });
      expect(again.json).toBe(result.json);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps every organisation’s colour when a bigger one arrives', async () => {
    const dir = dataCopy('data');
    try {
      addSyntheticMeetings(dir, 50);
      const result = await compile({ dataDir: dir, previous: drawing });
      const after = previousDrawing(writeJson(result.json)).swatches;
      for (const [org, swatch] of drawing.swatches) expect([org, after.get(org)]).toEqual([org, swatch]);
      expect(after.get('growth-partners')).toBe(Math.max(...drawing.swatches.values()) + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lays the map out afresh when most people are new to it', async () => {
    const few = new Map([...shipped].filter(([id]) => id === 'altman'));
    const result = await compile({ dataDir: 'data', previous: { positions: few, swatches: drawing.swatches } });
    const fresh = await compile({ dataDir: 'data' });
    expect(result.json).toBe(fresh.json);
  });

  it('reads no positions from a graph.json that is not one, and says why', () => {
    const file = path.join(scratch, 'broken.json');
    writeFileSync(file, '{"entities": [');
    const read = previousDrawing(file);
    expect(read.positions.size).toBe(0);
    expect(read.unreadable).toMatch(/broken\.json: .*JSON/);
    expect(previousDrawing(path.join(scratch, 'absent.json'))).toEqual({ positions: new Map(), swatches: new Map() });
  });
});
