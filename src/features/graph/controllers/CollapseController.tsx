import { useAppStoreApi } from '../../../core/store';
import type { AppState } from '../../../core/store';
import { useLiveGraph } from '../context';
import { useStoreEffect } from '../hooks';
import { applyVisibility, drawnElements } from './shared';

const collapsedGroups = (s: AppState) => s.collapsedGroups;

// Exists so organisations collapse into one node and open again as element changes, never a rebuild or a layout.
// Whoever marks or places elements listens for 'restructure' and does it again.
export function CollapseController() {
  const { cy, drawn, shared, events } = useLiveGraph();
  const store = useAppStoreApi();
  useStoreEffect(collapsedGroups, (next) => {
    // The first frame was drawn for the set the drawn graph had; a link or a selection may have changed it since.
    if (!sameSet(next, drawn.projection().collapsed)) {
      const change = drawn.collapse(next);
      cy.batch(() => {
        drawnElements(cy, change.removed).remove();
        cy.add(change.added);
        drawnElements(cy, change.collapsedOn).addClass('collapsed');
        drawnElements(cy, change.collapsedOff).removeClass('collapsed');
        applyVisibility(cy, change.change, shared.focus.get() !== null);
      });
      events.emit('restructure');
      events.emit('visibility');
    }
    store.getState().overviewDrawn(drawn.projection().thinned);
  });
  return null;
}

/** The loading worked out the first projection for a set of its own: the same organisations are no change. */
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a === b || (a.size === b.size && [...a].every((id) => b.has(id)));
