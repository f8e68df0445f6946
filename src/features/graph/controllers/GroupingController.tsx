import type { NodeSingular } from 'cytoscape';
import { useAppStoreApi } from '../../../core/store';
import type { AppState } from '../../../core/store/types';
import { useGraphIndex } from '../../explorer/context';
import { useCy } from '../context';
import { useGraphEvent, useStoreEffect } from '../hooks';

const groupedOf = (s: AppState) => s.groupByOrganization;

// Exists so a reader can draw each organisation as a box around its people (compound parents) and back.
export function GroupingController() {
  const index = useGraphIndex();
  const cy = useCy();
  const store = useAppStoreApi();
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
  useStoreEffect(groupedOf, (grouped, previous) => {
    if (previous !== undefined || grouped) apply(grouped);
  });
  // People an opened organisation brings back go into their boxes too.
  useGraphEvent('restructure', () => {
    if (groupedOf(store.getState())) apply(true);
  });
  return null;
}
