import { useEffect, useMemo, useRef } from 'react';
import { useAppStoreApi } from '../../../core/store';
import type { AppState } from '../../../core/store/types';
import { useGraphIndex } from '../../explorer/context';
import { useLiveGraph } from '../context';
import { edgesByMeeting } from '../elements';
import { sameItems, useGraphEvent, useStoreEffect } from '../hooks';
import { drawnElements, reveal } from './shared';

const selectionOf = (s: AppState) => [s.selectedMeeting, s.selectedEntity, s.selectedEdge] as const;

// Exists to mark and bring into view whatever is selected, wherever it was selected from (graph, list, search,
// link). Marks go on what stands for the selection: itself, or the collapsed organisation it is drawn inside.
export function SelectionController() {
  const index = useGraphIndex();
  const { cy, drawn, shared } = useLiveGraph();
  const store = useAppStoreApi();
  const meetingEdges = useMemo(() => edgesByMeeting(index), [index]);
  // The marked elements are remembered rather than looked up: a selector walks every element.
  const marked = useRef(cy.collection());
  const pending = useRef({ reveal: 0, markFrame: 0, markTimer: 0 });

  // An edge inside one collapsed organisation is drawn as that organisation's node.
  const drawnEdgeOf = (id: string) => {
    const { edgeOf, nodeOf } = drawn.projection();
    const edge = index.edges.get(id);
    return edgeOf(id) ?? (edge ? nodeOf(edge.source) : null);
  };

  const mark = ([meetingId, entityId, edgeId]: ReturnType<typeof selectionOf>) => {
    const { nodeOf, edgeOf } = drawn.projection();
    cy.batch(() => {
      marked.current.removeClass('selected-meeting focus');
      const edgeIds = meetingId ? (meetingEdges.get(meetingId) ?? []).map(edgeOf) : [];
      const meeting = drawnElements(
        cy,
        edgeIds.filter((id) => id !== null),
      ).addClass('selected-meeting');
      const focus = [entityId && nodeOf(entityId), edgeId && drawnEdgeOf(edgeId)];
      marked.current = meeting.union(
        drawnElements(
          cy,
          focus.filter((id) => id !== null),
        ).addClass('focus'),
      );
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
        if (meeting) reveal(cy, drawnElements(cy, meeting.participants.map(nodeOf)).nodes(), scale);
      } else if (entityId) {
        reveal(cy, cy.getElementById(nodeOf(entityId)).nodes(), scale, true);
      } else if (edgeId) {
        const id = drawnEdgeOf(edgeId);
        const el = id ? cy.getElementById(id) : cy.collection();
        reveal(cy, el.connectedNodes().union(el.nodes()), scale);
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
