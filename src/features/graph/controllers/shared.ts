import type { Collection, Core, NodeCollection } from 'cytoscape';
import type { VisibilityChange } from '../../../core/graph/types';

/** The elements with these ids that are drawn. */
export function drawnElements(cy: Core, ids: Iterable<string>): Collection {
  const c = cy.collection();
  for (const id of ids) c.merge(cy.getElementById(id));
  return c;
}

/**
 * Visibility changes as one class call per kind: each call has a fixed cost (a style update, an event) on top.
 * With someone `focused`, newly active elements outside their neighbourhood stay faded.
 */
export function applyVisibility(cy: Core, change: VisibilityChange, focused: boolean): void {
  // Most slider steps change one kind or none: an empty class call still costs a style pass.
  if (change.edgesShown.length) drawnElements(cy, change.edgesShown).removeClass('hidden');
  if (change.edgesHidden.length) drawnElements(cy, change.edgesHidden).addClass('hidden');
  if (change.entitiesActivated.length) {
    const activated = drawnElements(cy, change.entitiesActivated).removeClass('inactive');
    (focused ? activated.filter('.highlighted') : activated).removeClass('faded');
  }
  if (change.entitiesFaded.length) drawnElements(cy, change.entitiesFaded).addClass('inactive faded');
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Phone layout (see layout.css): the panel is a sheet over the lower part of the canvas, at most this share. */
const PHONE = '(max-width: 700px)';
const SHEET_SHARE = 0.55;

/** The part of the canvas the reader can see once the panel for a selection is shown. */
function visibleArea(cy: Core): { x: number; y: number; w: number; h: number } {
  const container = cy.container()!.getBoundingClientRect();
  const area = { x: 0, y: 0, w: container.width, h: container.height };
  if (!window.matchMedia?.(PHONE).matches) return area;
  // The sheet may not be drawn yet (it loads after the graph): assume its largest size until it is.
  const sheet = document.querySelector('.panel:not(.panel--empty)')?.getBoundingClientRect();
  const top = sheet && sheet.height > 0 ? sheet.top : container.bottom - container.height * SHEET_SHARE;
  area.h = Math.max(container.height * (1 - SHEET_SHARE), top - container.top);
  return area;
}

const PAD = 40;
/** Room for the controls drawn over the canvas's top edge. */
const PAD_TOP = 64;

/**
 * Brings nodes into the visible part of the canvas: centred, zoomed out only as far as needed to fit them,
 * and (closeUp) zoomed in to reading size for a single thing found by search. `scale`: model units per pixel
 * of the stylesheet (StyleOptions.scale).
 */
export function reveal(cy: Core, nodes: NodeCollection, scale: number, closeUp = false): void {
  if (nodes.empty()) return;
  const box = nodes.boundingBox({});
  const view = visibleArea(cy);
  const fitZoom = Math.min((view.w - 2 * PAD) / Math.max(1, box.w), (view.h - PAD_TOP - PAD) / Math.max(1, box.h));
  let zoom = Math.min(cy.zoom(), fitZoom);
  if (closeUp) zoom = Math.max(zoom, Math.min(fitZoom, 1.3 / scale));
  zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom));
  const pan = {
    x: view.x + view.w / 2 - (box.x1 + box.w / 2) * zoom,
    y: view.y + PAD_TOP + (view.h - PAD_TOP - PAD) / 2 - (box.y1 + box.h / 2) * zoom,
  };
  cy.stop(true, true);
  if (prefersReducedMotion()) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan }, { duration: 300, easing: 'ease-in-out-cubic' });
}
