import { useRef } from 'react';
import type { Collection } from 'cytoscape';
import type { AppState } from '../../../core/store';
import { useLiveGraph } from '../context';
import { useGraphEvent, useStoreEffect } from '../hooks';
import { useGraphIndex } from '../../explorer/context';
import { nodesShowing } from './shared';

const focusOf = (s: AppState) => s.hoveredEntity ?? s.selectedEntity;

// Exists so hovering or selecting someone makes them and everyone they met stand out against a faded rest.
export function HighlightController() {
  const { cy, drawn, shared } = useLiveGraph();
  const index = useGraphIndex();
  const lit = useRef<Collection>(cy.collection());
  const named = useRef<Collection>(cy.collection());
  const focus = useRef<string | null>(null);

  const apply = (id: string | null) => {
    // Someone inside a collapsed organisation lights up the organisation's node; an organisation, its people.
    const node = id ? nodesShowing(cy, index, drawn.projection(), id) : cy.collection();
    shared.focus.set(node.empty() ? null : id);
    cy.batch(() => {
      lit.current.removeClass('highlighted');
      named.current.removeClass('named');
      named.current = node.filter('.person').addClass('named');
      if (node.empty()) {
        cy.elements('.faded').not('.inactive').removeClass('faded');
        lit.current = cy.collection();
        return;
      }
      // Whoever they met: across their lines, and through the nodes of the meetings they were at.
      const near = node.connectedEdges().not('.hidden');
      const meetings = near.connectedNodes('.meeting');
      const edges = near.union(meetings.connectedEdges().not('.hidden'));
      const nodes = node.union(edges.connectedNodes());
      // A faded compound parent would fade its children too.
      const hood = nodes.union(nodes.ancestors()).union(edges);
      cy.elements().not(hood).addClass('faded');
      hood.not('.inactive').removeClass('faded');
      hood.addClass('highlighted');
      lit.current = hood;
    });
  };
  useStoreEffect(focusOf, (id, previous) => {
    focus.current = id;
    if (previous !== undefined || id) apply(id);
  });
  // The neighbourhood follows what is shown and what is drawn (an organisation opened draws the person).
  useGraphEvent('visibility', () => {
    if (focus.current) apply(focus.current);
  });
  return null;
}
