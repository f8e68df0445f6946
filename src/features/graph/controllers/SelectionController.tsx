import { useEffect, useRef } from 'react';
import { meetingNodeId, parsePairId, spokeId } from '../../../core/graph';
import { useAppStoreApi } from '../../../core/store';
import type { AppState } from '../../../core/store';
import { useGraphIndex } from '../../explorer/context';
import { useLiveGraph } from '../context';
import { sameItems, useGraphEvent, useStoreEffect } from '../hooks';
import { drawnElements, nodesShowing, reveal } from './shared';

const selectionOf = (s: AppState) => [s.selectedMeeting, s.selectedEntity, s.selectedEdge] as const;

// Exists to mark and bring into view whatever is selected, wherever it was selected from (graph, list, search,
// link). Marks go on what stands for the selection: itself, or the collapsed organisation it is drawn inside.
export function SelectionController() {
  const index = useGraphIndex();
  const { cy, drawn, shared } = useLiveGraph();
  const store = useAppStoreApi();
  // The marked elements are remembered rather than looked up: a selector walks every element.
  const marked = useRef(cy.collection());
  const pending = useRef({ reveal: 0, markFrame: 0, markTimer: 0 });

  /** What is drawn for these marks now: themselves, the lines of collapsed organisations, or nothing. */
  const drawnFor = (markIds: readonly string[]) => markIds.flatMap((id) => drawn.projection().drawnAs(id));

  /** A pair's connection: their line, and each meeting node they share with the spokes to the two of them. */
  const pairMarks = (a: string, b: string) =>
    index.meetingsBetween(a, b).flatMap((m) => {
      const own = index.marks().of(m.id);
      const node = meetingNodeId(m.id);
      return own.includes(node) ? [node, spokeId(m.id, a), spokeId(m.id, b)] : own;
    });

  /** Lines (or nodes) that stand for a selected connection; `ends` are what it joins. */
  const connection = (edgeId: string) => {
    const { nodeOf } = drawn.projection();
    const pair = parsePairId(edgeId);
    if (pair) return { lines: drawnFor(pairMarks(pair.a, pair.b)), ends: [nodeOf(pair.a), nodeOf(pair.b)] };
    const edge = index.edges.get(edgeId);
    if (!edge) return { lines: [edgeId], ends: [] };
    // An agreement inside one collapsed organisation is drawn as that organisation's node.
    const lines = drawnFor([edgeId]);
    return { lines, ends: lines.length ? [] : [nodeOf(edge.source)] };
  };

  const mark = ([meetingId, entityId, edgeId]: ReturnType<typeof selectionOf>) => {
    const { nodeOf } = drawn.projection();
    cy.batch(() => {
      marked.current.removeClass('selected-meeting focus');
      const meeting = meetingId ? drawnFor(index.marks().of(meetingId)) : [];
      const link = edgeId ? connection(edgeId) : { lines: [], ends: [] };
      const focus = [...link.lines, ...link.ends, ...(entityId ? [nodeOf(entityId)] : [])];
      marked.current = drawnElements(cy, meeting)
        .addClass('selected-meeting')
        .union(drawnElements(cy, focus).addClass('focus'));
    });
  };

  /** After the frame: the panel that may cover part of the canvas is laid out by then. */
  const revealSoon = ([meetingId, entityId, edgeId]: ReturnType<typeof selectionOf>) => {
    cancelAnimationFrame(pending.current.reveal);
    pending.current.reveal = requestAnimationFrame(() => {
      const { nodeOf } = drawn.projection();
      const { scale } = shared.style.get();
      if (meetingId) {
        const meeting = index.meetings.get(meetingId);
        const ids = meeting ? [...meeting.participants.map(nodeOf), ...drawnFor(index.marks().of(meetingId))] : [];
        reveal(cy, drawnElements(cy, ids).nodes(), scale);
      } else if (entityId) {
        const nodes = nodesShowing(cy, index, drawn.projection(), entityId);
        reveal(cy, nodes, scale, nodes.length === 1);
      } else if (edgeId) {
        const { lines, ends } = connection(edgeId);
        const el = drawnElements(cy, [...lines, ...ends]);
        reveal(cy, el.edges().connectedNodes().union(el.nodes()), scale);
      }
    });
  };

  useStoreEffect(
    selectionOf,
    (selection, previous) => {
      const p = pending.current;
      if (previous === undefined || !shared.tapping.get()) {
        mark(selection);
        return revealSoon(selection);
      }
      // A tap's panel paints first and its marks follow a frame later: at scale a redraw takes a frame of its own.
      cancelAnimationFrame(p.markFrame);
      clearTimeout(p.markTimer);
      p.markFrame = requestAnimationFrame(() => (p.markTimer = window.setTimeout(() => mark(selection))));
    },
    sameItems,
  );
  // Organisations opened or collapsed: the marks go on what is drawn now.
  useGraphEvent('restructure', () => mark(selectionOf(store.getState())));
  useEffect(() => {
    const p = pending.current;
    return () => {
      cancelAnimationFrame(p.reveal);
      cancelAnimationFrame(p.markFrame);
      clearTimeout(p.markTimer);
    };
  }, []);
  return null;
}
