import type { EventObject } from 'cytoscape';
import { useAppStoreApi } from '../../../core/store';
import { useLiveGraph } from '../context';
import { useCyEvent } from '../hooks';

// Exists to turn taps, double taps and hovers on the canvas into the store's events.
export function PointerController() {
  const { cy, shared } = useLiveGraph();
  const store = useAppStoreApi();
  // A tap selects in place: the selection controller then marks without moving the view.
  const select = (fn: () => void) => {
    shared.tapping.set(true);
    try {
      fn();
    } finally {
      shared.tapping.set(false);
    }
  };
  useCyEvent('tap', (evt) => {
    const s = store.getState();
    if (evt.target === cy) return select(() => s.selectionCleared());
    const el = evt.target;
    // A meeting's node and its spokes open the meeting.
    if (el.hasClass('meeting') || el.hasClass('spoke')) return select(() => s.meetingSelected(el.data('meeting')));
    if (el.isNode()) return select(() => s.entitySelected(el.id()));
    if (el.hasClass('aff')) return select(() => s.entitySelected(el.target().id()));
    select(() => s.edgeSelected(el.id()));
  });
  // A double tap opens a collapsed organisation in place (its panel has the same as a button).
  useCyEvent('dbltap', (evt) => {
    if (evt.target !== cy && evt.target.isNode() && evt.target.hasClass('collapsed'))
      store.getState().groupExpanded(evt.target.id());
  });
  useCyEvent(
    'mouseover',
    (evt: EventObject) => {
      cy.container()!.style.cursor = 'pointer';
      // A meeting is named where it is (what and when); a person lights up with everyone they met.
      if (evt.target.hasClass('meeting')) evt.target.addClass('named');
      else if (evt.target.isNode()) store.getState().entityHovered(evt.target.id());
    },
    'node, edge',
  );
  useCyEvent(
    'mouseout',
    (evt: EventObject) => {
      cy.container()!.style.cursor = '';
      evt.target.removeClass('named');
      if (evt.target.isNode() && store.getState().hoveredEntity === evt.target.id())
        store.getState().entityHovered(null);
    },
    'node, edge',
  );
  return null;
}
