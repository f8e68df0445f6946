import { useEffect, useRef } from 'react';
import type { AppState } from '../../../core/store';
import { useLiveGraph } from '../context';
import { sameItems, useStoreEffect } from '../hooks';
import { applyVisibility } from './shared';

const filters = (s: AppState) => [s.range, s.orgFilters] as const;

// Exists so the time range and organisation filters reach the canvas as class changes on only what changed,
// at most once per frame, while the slider itself stays a cheap store update.
export function VisibilityController() {
  const { cy, drawn, shared, events } = useLiveGraph();
  const frame = useRef(0);
  const apply = ([range, orgFilters]: ReturnType<typeof filters>) => {
    if (!range) return;
    // The benchmark reads this measure: the graph's whole share of one slider step.
    performance.mark('mg:filter:start');
    const change = drawn.update(range, orgFilters);
    const marks = change.marksShown.length + change.marksHidden.length;
    if (marks + change.entitiesActivated.length + change.entitiesFaded.length > 0) {
      cy.batch(() => applyVisibility(cy, change, shared.focus.get() !== null));
      if (marks > 0) events.emit('visibility');
    }
    performance.measure('mg:filter', 'mg:filter:start');
    performance.clearMarks('mg:filter:start');
  };
  useStoreEffect(
    filters,
    (value, previous) => {
      if (previous === undefined) return apply(value);
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => apply(value));
    },
    sameItems,
  );
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return null;
}
