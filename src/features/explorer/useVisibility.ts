import { useEffect, useState } from 'react';
import type { GraphIndex, Visibility } from '../../core/graph';
import { useDrawnGraph, useGraphIndex } from './context';

/** Above this many meetings the text views wait for the slider to rest instead of following every step. */
const LARGE = 5000;
const REST_MS = 150;

/**
 * What is in view, for text (the list, the graph's text alternative), from the one tracker the graph updates; on
 * large data it follows the slider once it rests, so dragging stays smooth. `enabled: false` keeps it off the
 * critical path (null until then).
 */
export function useVisibility(enabled = true): Visibility | null {
  const index = useGraphIndex();
  const drawn = useDrawnGraph();
  const [visibility, setVisibility] = useState<Visibility | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const wait = index.graph.meetings.length > LARGE ? REST_MS : 0;
    let timer = 0;
    const read = () => setVisibility(drawn.visibility());
    read();
    const stop = drawn.onChange(() => {
      window.clearTimeout(timer);
      if (wait === 0) read();
      else timer = window.setTimeout(read, wait);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [enabled, index, drawn]);
  return enabled ? visibility : null;
}

export function countPeople(index: GraphIndex, visibility: Visibility): number {
  let n = 0;
  for (const id of visibility.activeEntities) if (index.people.has(id)) n++;
  return n;
}
