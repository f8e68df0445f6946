import { useEffect } from 'react';
import { useCy } from '../CyContext';
import { COLLAPSED_FONT_PX, MIN_LABEL_PX, type StyleOptions } from '../stylesheet';
import { RESTRUCTURE_EVENT, STYLE_KEY } from './shared';

// Exists so collapsed organisations' labels appear once they are large enough to read (zooming in), and are not
// drawn at all before: Cytoscape draws a label with a text background even below its min-zoomed-font-size.
export function LabelController() {
  const cy = useCy();
  useEffect(() => {
    if (!cy) return;
    const options = cy.scratch(STYLE_KEY) as StyleOptions;
    const modelPx = COLLAPSED_FONT_PX * options.groupScale * options.groupShrink;
    let quiet: boolean | null = null;
    const apply = (force: boolean) => {
      const next = modelPx * cy.zoom() < MIN_LABEL_PX;
      if (next === quiet && !force) return;
      quiet = next;
      cy.batch(() => cy.nodes('.org').toggleClass('quiet', next));
    };
    const onZoom = () => apply(false);
    const onRestructure = () => apply(true);
    apply(true);
    cy.on('zoom', onZoom);
    cy.on(RESTRUCTURE_EVENT, onRestructure);
    return () => {
      cy.removeListener('zoom', onZoom);
      cy.removeListener(RESTRUCTURE_EVENT, onRestructure);
    };
  }, [cy]);
  return null;
}
