import { useEffect, useMemo, useState } from 'react';
import { createVisibilityTracker, type VisibilityTracker } from '../../core/graph';
import type { DayRange, GraphIndex, Visibility } from '../../core/graph/types';
import { useAppStore } from '../../core/store';

/** Above this many meetings the text views wait for the slider to rest instead of following every step. */
const LARGE = 5000;
const REST_MS = 150;

// The text views keep their own incremental tracker; the graph's lives in its controller.
const trackers = new WeakMap<GraphIndex, VisibilityTracker>();
let last: { index: GraphIndex; range: DayRange; orgs: readonly string[]; value: Visibility } | null = null;

/** One computation shared by every reader of the same state (the list and the graph's text alternative). */
function visibilityFor(index: GraphIndex, range: DayRange, orgs: readonly string[]): Visibility {
  if (last && last.index === index && last.range === range && last.orgs === orgs) return last.value;
  let tracker = trackers.get(index);
  if (!tracker) trackers.set(index, (tracker = createVisibilityTracker(index)));
  tracker.update(range, orgs);
  const value = tracker.visibility();
  last = { index, range, orgs, value };
  return value;
}

function useSettled<T>(value: T, wait: boolean): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (!wait) return;
    const timer = window.setTimeout(() => setSettled(value), REST_MS);
    return () => window.clearTimeout(timer);
  }, [value, wait]);
  return wait ? settled : value;
}

/**
 * What is in view, for text: on large data it follows the slider once it rests, so dragging stays smooth.
 * `enabled: false` keeps it off the critical path (null until then).
 */
export function useVisibility(enabled = true): Visibility | null {
  const index = useAppStore((s) => s.index);
  const large = (index?.graph.meetings.length ?? 0) > LARGE;
  const range = useSettled(
    useAppStore((s) => s.range),
    large,
  );
  const orgs = useAppStore((s) => s.orgFilters);
  return useMemo(
    () => (enabled && index && range ? visibilityFor(index, range, orgs) : null),
    [enabled, index, range, orgs],
  );
}

export function countPeople(index: GraphIndex, visibility: Visibility): number {
  let n = 0;
  for (const id of visibility.activeEntities) if (index.people.has(id)) n++;
  return n;
}
