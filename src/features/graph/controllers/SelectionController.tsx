import { useEffect } from 'react';
import type { EventObject } from 'cytoscape';
import type { GraphIndex } from '../../../core/graph/types';
import { useAppStoreApi } from '../../../core/store';
import { useCy } from '../CyContext';
import { edgesByMeeting } from '../elements';
import { reveal } from './shared';

// Exists to turn taps on the canvas into selection events, and to mark and bring into view
// whatever is selected, wherever it was selected from (graph, list, search, link).
export function SelectionController({ index }: { index: GraphIndex }) {
  const cy = useCy();
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
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
    cy.on('tap', onTap);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);

    const apply = (moveView: boolean) => {
      const { selectedMeeting, selectedEntity, selectedEdge } = store.getState();
      // The marked elements are remembered rather than looked up: a selector walks every element.
      cy.batch(() => {
        marked.removeClass('selected-meeting focus');
        marked = cy.collection();
        if (selectedMeeting) {
          for (const id of meetingEdges.get(selectedMeeting) ?? [])
            marked = marked.union(cy.getElementById(id).addClass('selected-meeting'));
        }
        for (const id of [selectedEntity, selectedEdge])
          if (id) marked = marked.union(cy.getElementById(id).addClass('focus'));
      });
      if (!moveView) return;
      // After the frame: the panel that may cover part of the canvas is then laid out.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (selectedMeeting) {
          const meeting = index.meetings.get(selectedMeeting);
          if (meeting) reveal(cy, participantsOf(meeting.participants));
        } else if (selectedEntity) {
          reveal(cy, cy.getElementById(selectedEntity).nodes(), true);
        } else if (selectedEdge) {
          reveal(cy, cy.getElementById(selectedEdge).connectedNodes());
        }
      });
    };
    const participantsOf = (ids: readonly string[]) => {
      let nodes = cy.collection();
      for (const id of ids) nodes = nodes.union(cy.getElementById(id));
      return nodes.nodes();
    };
    let frame = 0;
    let marked = cy.collection();
    apply(true);
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.selectedMeeting === prev.selectedMeeting &&
        s.selectedEntity === prev.selectedEntity &&
        s.selectedEdge === prev.selectedEdge
      )
        return;
      apply(!fromTap);
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      cy.removeListener('tap', onTap);
      cy.removeListener('mouseover', 'node, edge', onOver);
      cy.removeListener('mouseout', 'node, edge', onOut);
    };
  }, [cy, store, index]);
  return null;
}
