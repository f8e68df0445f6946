import type { NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import type { GraphIndex } from '../../../core/graph/types';
import { useAppStoreApi } from '../../../core/store';
import { useCy } from '../CyContext';
import { RESTRUCTURE_EVENT } from './shared';

// Exists so a reader can draw each organisation as a box around its people (compound parents) and back.
export function GroupingController({ index }: { index: GraphIndex }) {
  const cy = useCy();
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    const apply = (grouped: boolean) => {
      cy.batch(() => {
        if (grouped) {
          // Only nodes not yet in their box move (a move re-creates the node): opening an organisation moves its people.
          const into = (node: NodeSingular, parent: string) => {
            if (node.data('parent') !== parent && !cy.getElementById(parent).empty()) node.move({ parent });
          };
          cy.nodes('.person').forEach((n) => {
            const group = n.data('group') as string;
            if (group && index.organizations.has(group)) into(n, group);
          });
          cy.nodes('.org').forEach((org) => {
            const top = org.data('top') as string;
            if (top !== org.id()) into(org, top);
          });
          // A line from a member to the box around it says nothing more.
          cy.edges('.aff').forEach((e) => {
            if (e.source().ancestors().contains(e.target())) e.addClass('in-group');
          });
        } else {
          cy.nodes()
            .filter((n) => n.isChild())
            .move({ parent: null });
          cy.edges('.in-group').removeClass('in-group');
          for (const org of index.organizations.values()) cy.getElementById(org.id).position({ x: org.x, y: org.y });
        }
      });
    };
    let grouped = store.getState().groupByOrganization;
    if (grouped) apply(true);
    const onRestructure = () => {
      if (grouped) apply(true);
    };
    cy.on(RESTRUCTURE_EVENT, onRestructure);
    const unsubscribe = store.subscribe((s) => {
      if (s.groupByOrganization === grouped) return;
      grouped = s.groupByOrganization;
      apply(grouped);
    });
    return () => {
      unsubscribe();
      cy.removeListener(RESTRUCTURE_EVENT, onRestructure);
    };
  }, [cy, store, index]);
  return null;
}
