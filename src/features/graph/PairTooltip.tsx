import { useState } from 'react';
import { useLang } from '../../i18n';
import { useCy } from './context';
import { useCyEvent } from './hooks';

/** Half the tip's widest, so that it is kept inside the canvas. */
const HALF = 160;

// A pair's line, hovered: each of their meetings with its date, by the pointer (a meeting's dot names itself the
// same way). Drawn as a page element: a canvas label sits under the nodes and lines drawn after it.
export function PairTooltip() {
  const cy = useCy();
  const lang = useLang();
  const [tip, setTip] = useState<{ x: number; y: number; id: string } | null>(null);
  useCyEvent(
    'mouseover',
    (evt) => {
      const at = evt.renderedPosition ?? evt.target.renderedMidpoint();
      setTip({ x: at.x, y: at.y, id: evt.target.id() });
    },
    'edge.met',
  );
  useCyEvent('mouseout', () => setTip(null), 'edge.met');
  useCyEvent('viewport tapstart', () => setTip(null));
  const line = tip ? cy.getElementById(tip.id) : null;
  if (!tip || !line || line.empty()) return null;
  const lines = String(line.data(lang) ?? '').split('\n');
  const left = Math.max(HALF + 8, Math.min(cy.width() - HALF - 8, tip.x));
  return (
    <div className="graph__tip" role="tooltip" style={{ left, top: tip.y }}>
      {lines.map((text, i) => (
        <div key={i}>{text}</div>
      ))}
    </div>
  );
}
