import { useT } from '../../i18n';
import { useCallback, type ReactNode } from 'react';
import { useAppStore, useAppStoreApi } from '../../core/store';
import { useGraphIndex } from '../explorer/context';
import { useCy } from './context';
import { prefersReducedMotion } from './controllers/shared';

/**
 * Zoom and grouping from the keyboard: the canvas itself only takes the mouse and touch. `tools` are the app's
 * own buttons for the canvas (Export), placed between the toggles and the zoom.
 */
export function GraphToolbar({ tools }: { tools?: ReactNode }) {
  const t = useT();
  const cy = useCy();
  const grouped = useAppStore((s) => s.groupByOrganization);
  const groupingToggled = useAppStore((s) => s.groupingToggled);
  const collapsed = useAppStore((s) => s.collapsedGroups.size);
  const collapsible = useGraphIndex().collapsibleGroups().size;
  const store = useAppStoreApi();
  const all = collapsible > 0 && collapsed >= collapsible;
  // Some collapsed, some open: the box shows a dash, and a click collapses the rest.
  const partial = useCallback(
    (el: HTMLInputElement | null) => {
      if (el) el.indeterminate = collapsed > 0 && !all;
    },
    [collapsed, all],
  );

  const zoomBy = (factor: number) => {
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    const position = { x: cy.width() / 2, y: cy.height() / 2 };
    if (prefersReducedMotion()) cy.zoom({ level, renderedPosition: position });
    else cy.animate({ zoom: { level, renderedPosition: position } }, { duration: 200 });
  };
  const fit = () => {
    const shown = cy.elements(':visible');
    if (prefersReducedMotion()) cy.fit(shown, 48);
    else cy.animate({ fit: { eles: shown, padding: 48 } }, { duration: 250 });
  };

  return (
    <div className="graph-toolbar">
      <div className="graph-toolbar__toggles" data-overlay>
        {collapsible > 0 && (
          <label className="graph-toolbar__toggle">
            <input
              type="checkbox"
              ref={partial}
              checked={all}
              onChange={() => (all ? store.getState().allGroupsExpanded() : store.getState().allGroupsCollapsed())}
            />
            <span>{t.collapseOrgs}</span>
          </label>
        )}
        <label className="graph-toolbar__toggle">
          <input type="checkbox" checked={grouped} onChange={groupingToggled} />
          <span>{t.groupByOrg}</span>
        </label>
      </div>
      {tools}
      <div className="graph-toolbar__zoom" role="group" aria-label={t.zoom} data-overlay>
        <button type="button" className="btn btn--icon" onClick={() => zoomBy(1.4)} aria-label={t.zoomIn}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="btn btn--icon" onClick={() => zoomBy(1 / 1.4)} aria-label={t.zoomOut}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" className="btn btn--icon" onClick={fit} aria-label={t.fitView}>
          <span aria-hidden="true">⤢</span>
        </button>
      </div>
    </div>
  );
}
