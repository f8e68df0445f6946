import { useEffect } from 'react';
import { createVisibilityTracker } from '../../../core/graph';
import type { GraphIndex } from '../../../core/graph/types';
import { useAppStoreApi } from '../../../core/store';
import { useCy } from '../CyContext';
import { FOCUS_KEY, VISIBILITY_EVENT } from './shared';

// Exists so the time range and organisation filters reach the canvas as class changes on only what changed,
// at most once per frame, while the slider itself stays a cheap store update.
export function VisibilityController({ index }: { index: GraphIndex }) {
  const cy = useCy();
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    const tracker = createVisibilityTracker(index);
    const apply = () => {
      const { range, orgFilters } = store.getState();
      if (!range) return;
      // The benchmark reads this measure: the graph's whole share of one slider step.
      performance.mark('mg:filter:start');
      const change = tracker.update(range, orgFilters);
      const focused = cy.scratch(FOCUS_KEY) != null;
      cy.batch(() => {
        for (const id of change.edgesShown) cy.getElementById(id).removeClass('hidden');
        for (const id of change.edgesHidden) cy.getElementById(id).addClass('hidden');
        for (const id of change.entitiesActivated) {
          const el = cy.getElementById(id).removeClass('inactive');
          if (!focused || el.hasClass('highlighted')) el.removeClass('faded');
        }
        for (const id of change.entitiesFaded) cy.getElementById(id).addClass('inactive faded');
      });
      if (change.edgesShown.length + change.edgesHidden.length > 0) cy.emit(VISIBILITY_EVENT);
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
  }, [cy, store, index]);
  return null;
}
