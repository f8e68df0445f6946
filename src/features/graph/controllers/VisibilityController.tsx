import { useEffect } from 'react';
import { useAppStoreApi } from '../../../core/store';
import { useLiveGraph } from '../CyContext';
import { applyVisibility, VISIBILITY_EVENT } from './shared';

// Exists so the time range and organisation filters reach the canvas as class changes on only what changed,
// at most once per frame, while the slider itself stays a cheap store update.
export function VisibilityController() {
  const live = useLiveGraph();
  const store = useAppStoreApi();
  useEffect(() => {
    if (!live) return;
    const { cy, drawn } = live;
    const apply = () => {
      const { range, orgFilters } = store.getState();
      if (!range) return;
      // The benchmark reads this measure: the graph's whole share of one slider step.
      performance.mark('mg:filter:start');
      const change = drawn.update(range, orgFilters);
      const edges = change.edgesShown.length + change.edgesHidden.length;
      if (edges + change.entitiesActivated.length + change.entitiesFaded.length > 0) {
        cy.batch(() => applyVisibility(cy, change));
        if (edges > 0) cy.emit(VISIBILITY_EVENT);
      }
      performance.measure('mg:filter', 'mg:filter:start');
      performance.clearMarks('mg:filter:start');
    };
    apply();
    let frame = 0;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.range === prev.range && s.orgFilters === prev.orgFilters) return;
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          apply();
        });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [live, store]);
  return null;
}
