import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DrawnGraph } from '../../core/drawn';
import { useAppStoreApi, type AppStore } from '../../core/store';
import { useDrawnGraph } from '../explorer/context';
import { inTasks } from '../../core/tasks';
import { cell, createGraphEvents, LiveGraphContext, type LiveGraph } from './context';
import { buildStylesheet, labelsQuiet, type StyleOptions } from './stylesheet';
import { fitFirstView, initialViewport, layoutScale, MAX_ZOOM, MIN_ZOOM, positionBounds } from './viewport';

declare global {
  interface Window {
    /** Test hook from the UI contract: read-only access to the drawn graph. */
    __MG__?: { cy: Core; drawn: DrawnGraph; ready: boolean };
  }
}

const MAX_SCALE = 5;
/** Lines added per frame to a large graph (the 20k overview draws 2,909). */
const LINES_PER_FRAME = 750;

interface Props {
  styleOptions: Omit<StyleOptions, 'lang' | 'scale' | 'groupScale'>;
  label: string;
  /** Called once the graph is drawn in its initial state. */
  onReady?: () => void;
  /** Controllers and overlays, rendered once every element is in: they share the instance through `useCy()`. */
  children?: ReactNode;
}

/** Creates the Cytoscape instance once, adds the elements, and shares it with the controllers it wraps. */
export function GraphCanvas({ styleOptions, label, onReady, children }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState<LiveGraph | null>(null);
  const store = useAppStoreApi();
  const drawn = useDrawnGraph();

  useEffect(() => {
    const container = containerRef.current!;
    claimCytoscapeStylesheet();
    // Drawn as the drawn graph stands now (organisations collapsed), with the range and filters already applied:
    // the controllers' first state then changes nothing, and no element is styled twice. A large graph does each
    // in a task of its own, after the render that mounted it.
    const applyRange = () => {
      const { range, orgFilters } = store.getState();
      if (range) drawn.update(range, orgFilters);
    };
    const start = () => mount({ container, drawn, styleOptions, store, setLive });
    if (!styleOptions.large) {
      applyRange();
      return start();
    }
    let stop: (() => void) | null = null;
    const cancel = inTasks([applyRange, () => (stop = start())]);
    return () => {
      cancel();
      stop?.();
    };
  }, [drawn, styleOptions, store]);

  // Runs after the controllers' first effects (children first): "ready" means drawn in its initial state.
  const cy = live?.cy;
  const style = live?.shared.style;
  useEffect(() => {
    const hook = window.__MG__;
    if (!cy || !style || !hook || hook.cy !== cy) return;
    let frame = 0;
    const drawn = () => {
      if (hook.ready) return;
      hook.ready = true;
      performance.mark('mg:ready');
      onReady?.();
    };
    // The controls are laid out by now: a small graph's first view keeps clear of them, labels and all.
    const { large, scale } = style.get();
    // A link that opens grouped has its view from the grouping controller.
    const grouped = store.getState().groupByOrganization;
    if (hook.drawn.projection().collapsed.size === 0 && !large && !grouped) fitFirstView(cy, scale);
    cy.one('render', drawn);
    // The WebGL renderer draws without a 'render' event: two frames on, its first picture is on screen.
    if (webglRequested()) frame = requestAnimationFrame(() => (frame = requestAnimationFrame(drawn)));
    cy.resize();
    return () => {
      cancelAnimationFrame(frame);
      cy.removeListener('render', drawn);
    };
  }, [cy, style, onReady, store]);

  return (
    <LiveGraphContext value={live}>
      <div className="graph" ref={containerRef} data-testid="graph" role="img" aria-label={label} />
      {live && children}
    </LiveGraphContext>
  );
}

interface Mount {
  container: HTMLDivElement;
  drawn: DrawnGraph;
  styleOptions: Props['styleOptions'];
  store: AppStore;
  setLive: (live: LiveGraph | null) => void;
}

/** Creates the instance and adds the elements; returns what undoes it. */
function mount({ container, drawn, styleOptions, store, setLive }: Mount): () => void {
  const elements = drawn.elements();
  performance.mark('mg:load:projected');
  const bounds = positionBounds(elements);
  // Sizes and the first view are known from the positions alone: no restyle or refit after adding.
  const options: StyleOptions = {
    ...styleOptions,
    lang: store.getState().lang,
    scale: Math.min(MAX_SCALE, layoutScale(bounds, container.clientWidth, container.clientHeight)),
    groupScale: layoutScale(bounds, container.clientWidth, container.clientHeight),
  };
  const instance = cytoscape({
    container,
    style: buildStylesheet(options),
    layout: { name: 'preset' },
    // A 20k-person overview spreads over ~40k units: its fit is near 0.01.
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    autoungrabify: true,
    autounselectify: true,
    boxSelectionEnabled: false,
    textureOnViewport: options.large,
    hideEdgesOnViewport: options.large,
    // Thousands of edges drawn in software: a quarter of the pixels on a high-density screen.
    ...(options.large ? { pixelRatio: 1 } : {}),
    ...(webglRequested() ? { renderer: { name: 'canvas', webgl: true } } : {}),
  });
  const goLive = () =>
    setLive({
      cy: instance,
      drawn,
      shared: { style: cell(options), focus: cell(null), tapping: cell(false) },
      events: createGraphEvents(),
    });
  // A view of collapsed organisations is read at the scale of their nodes.
  const viewScale = drawn.projection().collapsed.size > 0 ? options.groupScale : options.scale;
  instance.viewport(initialViewport(bounds, viewScale, instance.width(), instance.height()));
  const hook = { cy: instance, drawn, ready: false };
  window.__MG__ = hook;

  let frame = 0;
  // Labels too small to read start out quiet, as the label controller would make them: none drawn for nothing.
  if (labelsQuiet(options, instance.zoom()))
    for (const e of elements) if (e.group === 'nodes' && /\borg\b/.test(e.classes as string)) e.classes += ' quiet';
  // A large graph goes in over several frames, nodes first, then the lines a share at a time: each frame styles
  // and draws what is new (Cytoscape works out an element's style and geometry when it first draws it), so no
  // frame does all of it at once.
  const parts = options.large ? inParts(elements) : [elements];
  let part = 0;
  const addPart = () => {
    instance.batch(() => instance.add(parts[part++]));
    if (part < parts.length) {
      frame = requestAnimationFrame(addPart);
      return;
    }
    performance.mark('mg:load:added');
    goLive();
  };
  if (options.large) frame = requestAnimationFrame(addPart);
  else addPart();

  // Keep what is in the middle in the middle when the panel opens or the window resizes.
  let size = { w: container.clientWidth, h: container.clientHeight };
  const observer = new ResizeObserver(() => {
    const next = { w: container.clientWidth, h: container.clientHeight };
    if (next.w === size.w && next.h === size.h) return;
    instance.resize();
    instance.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
    size = next;
  });
  observer.observe(container);

  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    if (window.__MG__ === hook) delete window.__MG__;
    setLive(null);
    instance.destroy();
  };
}

/** The nodes, then the lines in parts of LINES_PER_FRAME. */
function inParts(elements: ElementDefinition[]): ElementDefinition[][] {
  const nodes = elements.filter((e) => e.group === 'nodes');
  const lines = elements.filter((e) => e.group !== 'nodes');
  const parts = [nodes];
  for (let at = 0; at < lines.length; at += LINES_PER_FRAME) parts.push(lines.slice(at, at + LINES_PER_FRAME));
  return parts;
}

/**
 * Cytoscape's WebGL renderer (experimental in Cytoscape 3.31+), for a reader or a benchmark that wants to try it:
 * `localStorage.setItem('meeting-graph:renderer', 'webgl')`, then reload.
 */
function webglRequested(): boolean {
  try {
    return localStorage.getItem('meeting-graph:renderer') === 'webgl';
  } catch {
    return false; // storage blocked: the default renderer
  }
}

const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

/**
 * Cytoscape injects a <style> element (position: relative for its container) unless an element with this id exists;
 * the page's CSP forbids inline styles, and graph.css positions the container already.
 */
function claimCytoscapeStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}
