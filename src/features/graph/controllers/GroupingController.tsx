import type { Core, NodeSingular } from 'cytoscape';
import { meetingPosition } from '../../../core/drawn';
import { useAppStoreApi } from '../../../core/store';
import type { AppState } from '../../../core/store';
import { useGraphIndex } from '../../explorer/context';
import { useLiveGraph } from '../context';
import { useGraphEvent, useStoreEffect } from '../hooks';
import { centreNearest, overlayRects } from '../viewport';
import { moveCamera, reveal } from './shared';

/** The boxes' labels (and the people's) at no less than 11 px on screen: the stylesheet draws them at 11 × scale. */
const READABLE_ZOOM = 1;

/**
 * The view grouping opens with: all of the boxes if they fit at a readable size, else as much as fits around the
 * middle, never smaller than reading size (the reader pans or zooms out for the rest).
 */
function openBoxes(cy: Core, scale: number): void {
  const container = cy.container()!;
  const { width, height } = container.getBoundingClientRect();
  const bb = cy.nodes(':visible').boundingBox({});
  const fit = Math.min((width - 48) / Math.max(1, bb.w), (height - 48) / Math.max(1, bb.h));
  const zoom = Math.min(cy.maxZoom(), 1.3 / scale, Math.max(fit, READABLE_ZOOM / scale));
  const size = { w: bb.w * zoom, h: bb.h * zoom };
  const at = centreNearest(size, { w: width, h: height }, overlayRects(container)) ?? { x: width / 2, y: height / 2 };
  const pan = { x: at.x - (bb.x1 + bb.w / 2) * zoom, y: at.y - (bb.y1 + bb.h / 2) * zoom };
  moveCamera(cy, { zoom, pan });
}

const groupedOf = (s: AppState) => s.groupByOrganization;

type Placed = { x: number; y: number; gx?: number; gy?: number };
const at = (p: Placed, grouped: boolean) =>
  grouped && p.gx !== undefined && p.gy !== undefined ? { x: p.gx, y: p.gy } : { x: p.x, y: p.y };

// Exists so a reader can draw each organisation as a box around its people (compound parents) and back. Boxed, the
// nodes move to the places the compiler laid out for boxes (gx, gy), where no two boxes overlap.
export function GroupingController() {
  const index = useGraphIndex();
  const { cy, shared } = useLiveGraph();
  const store = useAppStoreApi();

  /** Where a node goes in either arrangement (a meeting's node with no place of its own: among its people). */
  const placeOf = (node: NodeSingular, grouped: boolean) => {
    const entity = index.people.get(node.id()) ?? index.organizations.get(node.id());
    if (entity) return at(entity, grouped);
    const m = index.meetings.get(node.data('meeting') as string);
    if (!m) return node.position();
    return m.x !== undefined && m.y !== undefined
      ? at({ ...m, x: m.x, y: m.y }, grouped)
      : meetingPosition(index, m.id);
  };
  // An archive laid out in groups already (too large for the reading layout) has no other places to go to.
  const movable = index.graph.entities.some((e) => e.gx !== undefined);

  /** The box a meeting's node sits in: the one all its people share, if they do. */
  const boxOfMeeting = (node: NodeSingular) => {
    const groups = new Set(
      node
        .connectedEdges('.spoke')
        .targets()
        .map((p) => p.data('group') as string),
    );
    const [only] = groups;
    return groups.size === 1 && only ? only : null;
  };

  const apply = (grouped: boolean, refit: boolean) => {
    cy.batch(() => {
      // Only nodes not yet in their box move (a move re-creates the node): opening an organisation moves its people.
      const into = (node: NodeSingular, parent: string | null) => {
        if ((node.data('parent') ?? null) === parent) return;
        if (parent === null || !cy.getElementById(parent).empty()) node.move({ parent });
      };
      if (grouped) {
        cy.nodes('.org').addClass('shown');
        cy.nodes('.person').forEach((n) => {
          const group = n.data('group') as string;
          if (group && index.organizations.has(group)) into(n, group);
        });
        cy.nodes('.org').forEach((org) => {
          const top = index.groupOf(org.id()) ?? org.id();
          if (top !== org.id()) into(org, top);
        });
        cy.nodes('.meeting').forEach((m) => into(m, boxOfMeeting(m)));
        // A line from a member to the box around it says nothing more.
        cy.edges('.aff').forEach((e) => {
          if (e.source().ancestors().contains(e.target())) e.addClass('in-group');
        });
      } else {
        cy.nodes('.org').removeClass('shown');
        cy.nodes()
          .filter((n) => n.isChild())
          .move({ parent: null });
        cy.edges('.in-group').removeClass('in-group');
      }
      // After the moves: a box's place follows its people, an emptied box goes back to its own.
      if (movable)
        cy.nodes().forEach((n) => {
          if (!n.isParent()) n.position(placeOf(n, grouped));
        });
    });
    if (refit && grouped) openBoxes(cy, shared.style.get().scale);
    else if (refit) reveal(cy, cy.nodes(':visible'), shared.style.get().scale);
  };
  useStoreEffect(groupedOf, (grouped, previous) => {
    // A link that opens grouped opens on the boxes' own view too.
    if (previous !== undefined || grouped) apply(grouped, true);
  });
  // People an opened organisation brings back go into their boxes too.
  useGraphEvent('restructure', () => {
    if (groupedOf(store.getState())) apply(true, false);
  });
  return null;
}
