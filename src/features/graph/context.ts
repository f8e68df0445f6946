// The live canvas the controllers share: the one Cytoscape instance, what it draws, typed state one controller
// writes and others read, and typed events between them.
import { createContext, useContext } from 'react';
import type { Core } from 'cytoscape';
import type { DrawnGraph } from '../../core/drawn';
import type { StyleOptions } from './stylesheet';

/** What changed on the canvas: edges shown or hidden (`visibility`), elements added or removed (`restructure`). */
export type GraphEvent = 'visibility' | 'restructure';

export interface GraphEvents {
  /** Returns the unsubscribe. */
  on(event: GraphEvent, listener: () => void): () => void;
  emit(event: GraphEvent): void;
}

/** One value a controller writes and others read. */
export interface Cell<T> {
  get(): T;
  set(value: T): void;
}

export function cell<T>(value: T): Cell<T> {
  return {
    get: () => value,
    set: (next) => {
      value = next;
    },
  };
}

export interface SharedGraphState {
  /** The stylesheet's options; the language controller rebuilds the stylesheet from them. */
  style: Cell<StyleOptions>;
  /** The entity whose neighbourhood is highlighted (hovered or selected), so visibility updates keep the rest faded. */
  focus: Cell<string | null>;
  /** A tap on the canvas is being turned into a selection: it is marked in place and the view stays. */
  tapping: Cell<boolean>;
}

export interface LiveGraph {
  cy: Core;
  drawn: DrawnGraph;
  shared: SharedGraphState;
  events: GraphEvents;
}

export const LiveGraphContext = createContext<LiveGraph | null>(null);

/** The live canvas; only inside <GraphCanvas>, which renders its controllers once every element is in. */
export function useLiveGraph(): LiveGraph {
  const live = useContext(LiveGraphContext);
  if (!live) throw new Error('useCy() and the graph controllers work only inside <GraphCanvas>');
  return live;
}

export const useCy = (): Core => useLiveGraph().cy;

export function createGraphEvents(): GraphEvents {
  const listeners = new Map<GraphEvent, Set<() => void>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => set.delete(listener);
    },
    emit(event) {
      listeners.get(event)?.forEach((l) => l());
    },
  };
}
