import type { Collection, Core, NodeCollection } from 'cytoscape';
import type { Projection } from '../../../core/collapse';
import type { GraphIndex, VisibilityChange } from '../../../core/graph';
import { clearAreas, overlayRects, type Area } from '../viewport';

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
  if (change.marksShown.length) drawnElements(cy, change.marksShown).removeClass('hidden');
  if (change.marksHidden.length) drawnElements(cy, change.marksHidden).addClass('hidden');
  if (change.entitiesActivated.length) {
    const activated = drawnElements(cy, change.entitiesActivated).removeClass('inactive');
    (focused ? activated.filter('.highlighted') : activated).removeClass('faded');
  }
  if (change.entitiesFaded.length) drawnElements(cy, change.entitiesFaded).addClass('inactive faded');
}

/**
 * The nodes that show an entity: its own (or its collapsed organisation's), or, for an organisation told only by
 * colour (its node hidden), the nodes of its people.
 */
export function nodesShowing(cy: Core, index: GraphIndex, projection: Projection, id: string): NodeCollection {
  const own = cy.getElementById(projection.nodeOf(id)).nodes();
  if (own.empty() || own.first().visible() || !index.organizations.has(id)) return own;
  const people = [...index.people.keys()].filter((p) => index.orgsOf(p).has(id));
  return drawnElements(cy, new Set(people.map(projection.nodeOf))).nodes();
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Phone layout (see layout.css): the panel is a sheet over the lower part of the canvas, at most this share. */
const PHONE = '(max-width: 700px)';
const SHEET_SHARE = 0.55;

/** How far down the reader can see the canvas once the panel for a selection is shown (a phone's sheet covers it). */
function visibleHeight(cy: Core): number {
  const rect = cy.container()!.getBoundingClientRect();
  if (!window.matchMedia?.(PHONE).matches) return rect.height;
  // The sheet may not be drawn yet (it loads after the graph): assume its largest size until it is.
  const sheet = document.querySelector('.panel:not(.panel--empty)')?.getBoundingClientRect();
  const top = sheet && sheet.height > 0 ? sheet.top - rect.top : rect.height * (1 - SHEET_SHARE);
  return Math.max(rect.height * (1 - SHEET_SHARE), top);
}

const PAD = 24;

/**
 * Brings nodes into the visible part of the canvas: centred, zoomed out only as far as needed to fit them,
 * and (closeUp) zoomed in to reading size for a single thing found by search. `scale`: model units per pixel
 * of the stylesheet (StyleOptions.scale).
 */
export function reveal(cy: Core, nodes: NodeCollection, scale: number, closeUp = false): void {
  if (nodes.empty()) return;
  const container = cy.container()!;
  const box = nodes.boundingBox({});
  const bottom = visibleHeight(cy);
  const fitOf = (a: Area) => Math.min((a.w - 2 * PAD) / Math.max(1, box.w), (a.h - 2 * PAD) / Math.max(1, box.h));
  const areas = clearAreas(container)
    .map((a) => ({ ...a, h: Math.min(a.y + a.h, bottom) - a.y }))
    .filter((a) => a.h > 0);
  if (areas.length === 0) return;
  const clear = areas.reduce((best, a) => (fitOf(a) > fitOf(best) ? a : best));
  const fitZoom = fitOf(clear);
  let zoom = Math.min(cy.zoom(), fitZoom);
  if (closeUp) zoom = Math.max(zoom, Math.min(fitZoom, 1.3 / scale));
  zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom));
  // The middle of what the reader sees, unless a control would then cover part of it.
  const whole = { x: 0, y: 0, w: container.getBoundingClientRect().width, h: bottom };
  const [hw, hh] = [(box.w * zoom) / 2 + PAD, (box.h * zoom) / 2 + PAD];
  const middle = { x1: whole.w / 2 - hw, y1: whole.h / 2 - hh, x2: whole.w / 2 + hw, y2: whole.h / 2 + hh };
  const covered = overlayRects(container).some(
    (r) => r.x1 < middle.x2 && r.x2 > middle.x1 && r.y1 < middle.y2 && r.y2 > middle.y1,
  );
  const view = covered ? clear : whole;
  const pan = {
    x: view.x + view.w / 2 - (box.x1 + box.w / 2) * zoom,
    y: view.y + view.h / 2 - (box.y1 + box.h / 2) * zoom,
  };
  moveCamera(cy, { zoom, pan });
}

/** Goes to a view: at once for readers who asked for less motion, else in a short glide. */
export function moveCamera(cy: Core, view: { zoom: number; pan: { x: number; y: number } }): void {
  cy.stop(true, true);
  if (prefersReducedMotion()) cy.viewport(view);
  else cy.animate(view, { duration: 300, easing: 'ease-in-out-cubic' });
}
