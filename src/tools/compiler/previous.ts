// Where the previous graph.json drew each person, organisation and meeting node: the layout starts from it so that
// the map keeps its shape as articles are added. A file that cannot be read only means a fresh layout.
import { existsSync, readFileSync } from 'node:fs';
import { meetingNodeId } from '../../core/graph';

type Point = { x: number; y: number };

type Drawn = { id?: unknown; x?: unknown; y?: unknown };
const isDrawn = (v: Drawn): v is { id: string; x: number; y: number } =>
  typeof v.id === 'string' && Number.isFinite(v.x) && Number.isFinite(v.y);

/** Positions by node id, and why none were read when the file exists but is not a graph. */
export function previousPositions(graphFile: string): { positions: Map<string, Point>; unreadable?: string } {
  const positions = new Map<string, Point>();
  if (!existsSync(graphFile)) return { positions };
  try {
    const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as { entities?: Drawn[]; meetings?: Drawn[] };
    for (const e of Array.isArray(graph.entities) ? graph.entities : [])
      if (e && isDrawn(e)) positions.set(e.id, { x: e.x, y: e.y });
    for (const m of Array.isArray(graph.meetings) ? graph.meetings : [])
      if (m && isDrawn(m)) positions.set(meetingNodeId(m.id), { x: m.x, y: m.y });
    return { positions };
  } catch (e) {
    return { positions, unreadable: `${graphFile}: ${(e as Error).message}` };
  }
}
