// How the previous graph.json drew the map: where each person, organisation and meeting node was, and each
// organisation's swatch. The compiler starts from it so that the map keeps its shape and colours as articles are
// added. A file that cannot be read only means a fresh drawing.
import { existsSync, readFileSync } from 'node:fs';
import { meetingNodeId } from '../../core/graph';
import { decodeGraph } from '../../core/schema/columns';
import type { PreviousDrawing } from './pipeline/types';

type Drawn = { id?: unknown; x?: unknown; y?: unknown; swatch?: unknown };
const isDrawn = (v: Drawn): v is Drawn & { id: string; x: number; y: number } =>
  typeof v.id === 'string' && Number.isFinite(v.x) && Number.isFinite(v.y);

/** The file's records: read back from its columns, or as written by a version before them (records in arrays). */
function records(raw: unknown): { entities?: Drawn[]; meetings?: Drawn[] } {
  const decoded = decodeGraph(raw);
  if (decoded.ok) return decoded.graph as unknown as { entities: Drawn[]; meetings: Drawn[] };
  return (raw ?? {}) as { entities?: Drawn[]; meetings?: Drawn[] };
}

/** What the file says, and why nothing was read when it exists but is not a graph. */
export function previousDrawing(graphFile: string): PreviousDrawing & { unreadable?: string } {
  const drawing = { positions: new Map<string, { x: number; y: number }>(), swatches: new Map<string, number>() };
  if (!existsSync(graphFile)) return drawing;
  try {
    const graph = records(JSON.parse(readFileSync(graphFile, 'utf8')));
    for (const e of Array.isArray(graph.entities) ? graph.entities : []) {
      if (!e || !isDrawn(e)) continue;
      drawing.positions.set(e.id, { x: e.x, y: e.y });
      if (Number.isSafeInteger(e.swatch) && (e.swatch as number) >= 0) drawing.swatches.set(e.id, e.swatch as number);
    }
    for (const m of Array.isArray(graph.meetings) ? graph.meetings : [])
      if (m && isDrawn(m)) drawing.positions.set(meetingNodeId(m.id), { x: m.x, y: m.y });
    return drawing;
  } catch (e) {
    return { positions: new Map(), swatches: new Map(), unreadable: `${graphFile}: ${(e as Error).message}` };
  }
}
