import { useEffect } from 'react';
import type { Collection } from 'cytoscape';
import type { AppState } from '../../../core/store/types';
import { useAppStoreApi } from '../../../core/store';
import { useLiveGraph } from '../CyContext';
import { FOCUS_KEY, VISIBILITY_EVENT } from './shared';

const focusOf = (s: AppState) => s.hoveredEntity ?? s.selectedEntity;

// Exists so hovering or selecting someone makes their circle stand out against a faded rest of the graph.
export function HighlightController() {
  const live = useLiveGraph();
  const store = useAppStoreApi();
  useEffect(() => {
    if (!live) return;
    const { cy, drawn } = live;
    let lit: Collection = cy.collection();

    const apply = () => {
      const id = focusOf(store.getState());
      // Someone inside a collapsed organisation lights up the organisation's node.
      const node = id ? cy.getElementById(drawn.projection().nodeOf(id)) : cy.collection();
      cy.batch(() => {
        lit.removeClass('highlighted');
        if (node.empty()) {
          cy.scratch(FOCUS_KEY, null);
          cy.elements('.faded').not('.inactive').removeClass('faded');
          lit = cy.collection();
          return;
        }
        cy.scratch(FOCUS_KEY, id);
        const edges = node.connectedEdges().not('.hidden');
        const nodes = node.union(edges.connectedNodes());
        // A faded compound parent would fade its children too.
        const hood = nodes.union(nodes.ancestors()).union(edges);
        cy.elements().not(hood).addClass('faded');
        hood.not('.inactive').removeClass('faded');
        hood.addClass('highlighted');
        lit = hood;
      });
    };

    let current = focusOf(store.getState());
    if (current) apply();
    const unsubscribe = store.subscribe((s) => {
      const next = focusOf(s);
      if (next === current) return;
      current = next;
      apply();
    });
    const onVisibility = () => {
      if (current) apply();
    };
    cy.on(VISIBILITY_EVENT, onVisibility);
    return () => {
      unsubscribe();
      cy.removeListener(VISIBILITY_EVENT, onVisibility);
    };
  }, [live, store]);
  return null;
}
