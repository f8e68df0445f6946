import { useEffect } from 'react';
import { useAppStoreApi } from '../../../core/store';
import { useLiveGraph } from '../CyContext';
import { applyVisibility, drawnElements, RESTRUCTURE_EVENT, VISIBILITY_EVENT } from './shared';

// Exists so organisations collapse into one node and open again as element changes, never a rebuild or a layout.
// Declared before the selection controller: a selection that opens an organisation finds its people drawn.
export function CollapseController() {
  const live = useLiveGraph();
  const store = useAppStoreApi();
  useEffect(() => {
    if (!live) return;
    const { cy, drawn } = live;
    let current = drawn.projection().collapsed;
    const apply = (next: ReadonlySet<string>) => {
      const change = drawn.collapse(next);
      cy.batch(() => {
        drawnElements(cy, change.removed).remove();
        cy.add(change.added);
        drawnElements(cy, change.collapsedOn).addClass('collapsed');
        drawnElements(cy, change.collapsedOff).removeClass('collapsed');
        applyVisibility(cy, change.change);
      });
      store.getState().overviewDrawn(drawn.projection().thinned);
      cy.emit(RESTRUCTURE_EVENT);
      cy.emit(VISIBILITY_EVENT);
    };
    store.getState().overviewDrawn(drawn.projection().thinned);
    // The first frame was drawn for the set at creation; a link or a selection may have changed it since.
    if (store.getState().collapsedGroups !== current) {
      current = store.getState().collapsedGroups;
      apply(current);
    }
    return store.subscribe((s) => {
      if (s.collapsedGroups === current) return;
      current = s.collapsedGroups;
      apply(current);
    });
  }, [live, store]);
  return null;
}
