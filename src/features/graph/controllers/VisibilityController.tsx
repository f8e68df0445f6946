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
      // One class call per kind of change: each call has a fixed cost (a style update, an event) on top.
      const of = (ids: readonly string[]) => {
        const c = cy.collection();
        for (const id of ids) c.merge(cy.getElementById(id));
        return c;
      };
      cy.batch(() => {
        of(change.edgesShown).removeClass('hidden');
        of(change.edgesHidden).addClass('hidden');
        const activated = of(change.entitiesActivated).removeClass('inactive');
        (focused ? activated.filter('.highlighted') : activated).removeClass('faded');
        of(change.entitiesFaded).addClass('inactive faded');
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
