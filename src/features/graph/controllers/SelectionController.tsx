import { useEffect } from 'react';
import type { EventObject } from 'cytoscape';
import type { GraphIndex } from '../../../core/graph/types';
import { useAppStoreApi } from '../../../core/store';
import { useLiveGraph } from '../CyContext';
import { edgesByMeeting } from '../elements';
import { drawnElements, RESTRUCTURE_EVENT, reveal } from './shared';

// Exists to turn taps on the canvas into selection events, and to mark and bring into view
// whatever is selected, wherever it was selected from (graph, list, search, link).
export function SelectionController({ index }: { index: GraphIndex }) {
  const live = useLiveGraph();
  const store = useAppStoreApi();
  useEffect(() => {
    if (!live) return;
    const { cy, drawn } = live;
    const meetingEdges = edgesByMeeting(index);
    // A tap selects in place; a selection from elsewhere (list, search, link) also moves the view.
    let fromTap = false;
    const select = (fn: () => void) => {
      fromTap = true;
      fn();
      fromTap = false;
    };

    const onTap = (evt: EventObject) => {
      const s = store.getState();
      if (evt.target === cy) return select(() => s.selectionCleared());
      const el = evt.target;
      if (el.isNode()) return select(() => s.entitySelected(el.id()));
      if (el.hasClass('aff')) return select(() => s.entitySelected(el.target().id()));
      select(() => s.edgeSelected(el.id()));
    };
    const onOver = (evt: EventObject) => {
      cy.container()!.style.cursor = 'pointer';
      if (evt.target.isNode()) store.getState().entityHovered(evt.target.id());
    };
    const onOut = (evt: EventObject) => {
      cy.container()!.style.cursor = '';
      if (evt.target.isNode() && store.getState().hoveredEntity === evt.target.id())
        store.getState().entityHovered(null);
    };
    // A double tap opens a collapsed organisation in place (its panel has the same as a button).
    const onDoubleTap = (evt: EventObject) => {
      if (evt.target !== cy && evt.target.isNode() && evt.target.hasClass('collapsed'))
        store.getState().groupExpanded(evt.target.id());
    };
    cy.on('tap', onTap);
    cy.on('dbltap', onDoubleTap);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);

    const apply = (moveView: boolean) => {
      const { selectedMeeting, selectedEntity, selectedEdge } = store.getState();
      // The marked elements are remembered rather than looked up: a selector walks every element.
      // Marks go on what stands for the selection: itself, or the collapsed organisation it is drawn inside.
      const { nodeOf, edgeOf } = drawn.projection();
      cy.batch(() => {
        marked.removeClass('selected-meeting focus');
        const meetingEdgeIds = selectedMeeting ? (meetingEdges.get(selectedMeeting) ?? []).map(edgeOf) : [];
        const meeting = drawnElements(
          cy,
          meetingEdgeIds.filter((id) => id !== null),
        ).addClass('selected-meeting');
        const focus = [selectedEntity && nodeOf(selectedEntity), selectedEdge && drawnEdgeOf(selectedEdge)];
        marked = meeting.union(
          drawnElements(
            cy,
            focus.filter((id) => id !== null),
          ).addClass('focus'),
        );
      });
      if (!moveView) return;
      // After the frame: the panel that may cover part of the canvas is then laid out.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const { nodeOf } = drawn.projection();
        if (selectedMeeting) {
          const meeting = index.meetings.get(selectedMeeting);
          if (meeting) reveal(cy, drawnElements(cy, meeting.participants.map(nodeOf)).nodes());
        } else if (selectedEntity) {
          reveal(cy, cy.getElementById(nodeOf(selectedEntity)).nodes(), true);
        } else if (selectedEdge) {
          const id = drawnEdgeOf(selectedEdge);
          const el = id ? cy.getElementById(id) : cy.collection();
          reveal(cy, el.connectedNodes().union(el.nodes()));
        }
      });
    };
    // An edge inside one collapsed organisation is drawn as that organisation's node.
    const drawnEdgeOf = (id: string) => {
      const { edgeOf, nodeOf } = drawn.projection();
      const edge = index.edges.get(id);
      return edgeOf(id) ?? (edge ? nodeOf(edge.source) : null);
    };
    const onRestructure = () => apply(false);
    cy.on(RESTRUCTURE_EVENT, onRestructure);
    let frame = 0;
    let markFrame = 0;
    let markTimer = 0;
    let marked = cy.collection();
    apply(true);
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.selectedMeeting === prev.selectedMeeting &&
        s.selectedEntity === prev.selectedEntity &&
        s.selectedEdge === prev.selectedEdge
      )
        return;
      if (!fromTap) return apply(true);
      // A tap's panel paints first and its marks follow a frame later: at scale a redraw takes a frame of its own.
      cancelAnimationFrame(markFrame);
      clearTimeout(markTimer);
      markFrame = requestAnimationFrame(() => (markTimer = window.setTimeout(() => apply(false))));
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(markFrame);
      clearTimeout(markTimer);
      unsubscribe();
      cy.removeListener('tap', onTap);
      cy.removeListener('dbltap', onDoubleTap);
      cy.removeListener(RESTRUCTURE_EVENT, onRestructure);
      cy.removeListener('mouseover', 'node, edge', onOver);
      cy.removeListener('mouseout', 'node, edge', onOut);
    };
  }, [live, store, index]);
  return null;
}
