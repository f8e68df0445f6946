// Small hooks that wire one concern into the canvas (react-sigma's style): listeners that clean up after
// themselves, and store changes pushed into Cytoscape without a React render.
import { useEffect, useEffectEvent } from 'react';
import type { EventObject } from 'cytoscape';
import { useAppStoreApi } from '../../core/store';
import type { AppState } from '../../core/store';
import { useCy, useLiveGraph, type GraphEvent } from './context';

/** A Cytoscape listener for as long as the component is mounted; `handler` may change on every render. */
export function useCyEvent(events: string, handler: (evt: EventObject) => void, selector?: string): void {
  const cy = useCy();
  const onEvent = useEffectEvent(handler);
  useEffect(() => {
    const listener = (evt: EventObject) => onEvent(evt);
    if (selector) cy.on(events, selector, listener);
    else cy.on(events, listener);
    return () => {
      if (selector) cy.removeListener(events, selector, listener);
      else cy.removeListener(events, listener);
    };
  }, [cy, events, selector]);
}

/** A listener for one of the controllers' own events. */
export function useGraphEvent(event: GraphEvent, handler: () => void): void {
  const { events } = useLiveGraph();
  const onEvent = useEffectEvent(handler);
  useEffect(() => events.on(event, () => onEvent()), [events, event]);
}

/**
 * Runs `apply` with the selected state when mounted (`previous` undefined) and whenever it changes, without
 * re-rendering. `selector` and `equal` must be stable (defined outside the component).
 */
export function useStoreEffect<T>(
  selector: (s: AppState) => T,
  apply: (value: T, previous: T | undefined) => void,
  equal: (a: T, b: T) => boolean = Object.is,
): void {
  const store = useAppStoreApi();
  const run = useEffectEvent(apply);
  useEffect(() => {
    let current = selector(store.getState());
    run(current, undefined);
    return store.subscribe((s) => {
      const next = selector(s);
      if (equal(next, current)) return;
      const previous = current;
      current = next;
      run(next, previous);
    });
  }, [store, selector, equal]);
}

/** Equality for the tuples selectors return: item by item. */
export const sameItems = <T extends readonly unknown[]>(a: T, b: T): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
