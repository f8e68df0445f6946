import { useEffect } from 'react';
import type { GraphIndex } from '../../../core/graph/types';
import { useAppStoreApi } from '../../../core/store';
import { useCy } from '../CyContext';

// Exists so a reader can draw each organisation as a box around its people (compound parents) and back.
export function GroupingController({ index }: { index: GraphIndex }) {
  const cy = useCy();
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    const apply = (grouped: boolean) => {
      cy.batch(() => {
        if (grouped) {
          for (const p of index.people.values()) {
            if (p.group && index.organizations.has(p.group)) cy.getElementById(p.id).move({ parent: p.group });
          }
          cy.nodes('.org').forEach((org) => {
            const top = org.data('top') as string;
            if (top !== org.id() && !cy.getElementById(top).empty()) org.move({ parent: top });
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
    return store.subscribe((s) => {
      if (s.groupByOrganization === grouped) return;
      grouped = s.groupByOrganization;
      apply(grouped);
    });
  }, [cy, store, index]);
  return null;
}
