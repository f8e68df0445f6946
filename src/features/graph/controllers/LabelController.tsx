import { useEffect, useEffectEvent, useRef } from 'react';
import { useLiveGraph } from '../context';
import { useCyEvent, useGraphEvent } from '../hooks';
import { labelsQuiet } from '../stylesheet';

// Exists so collapsed organisations' labels appear once they are large enough to read (zooming in), and are not
// drawn at all before: Cytoscape draws a label with a text background even below its min-zoomed-font-size.
export function LabelController() {
  const { cy, shared } = useLiveGraph();
  const quiet = useRef<boolean | null>(null);
  const apply = (force: boolean) => {
    const next = labelsQuiet(shared.style.get(), cy.zoom());
    if (next === quiet.current && !force) return;
    quiet.current = next;
    cy.batch(() => cy.nodes('.org').toggleClass('quiet', next));
  };
  useCyEvent('zoom', () => apply(false));
  useGraphEvent('restructure', () => apply(true));
  const start = useEffectEvent(() => apply(true));
  useEffect(() => start(), [cy]);
  return null;
}
