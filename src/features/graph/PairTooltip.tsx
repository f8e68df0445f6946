import { useState } from 'react';
import { formatDate, pick, useLang } from '../../i18n';
import { useGraphIndex } from '../explorer/context';
import { useCy } from './context';
import { useCyEvent } from './hooks';

/** Half the tip's widest, so that it is kept inside the canvas. */
const HALF = 160;
/** Meetings named, then "…" (the panel has them all). */
const SHOWN = 6;

// A pair's line, hovered: each of their meetings with its date, by the pointer (a meeting's dot names itself the
// same way). Drawn as a page element: a canvas label sits under the nodes and lines drawn after it.
export function PairTooltip() {
  const cy = useCy();
  const lang = useLang();
  const index = useGraphIndex();
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
  const mark = tip ? index.marks().byId.get(tip.id) : undefined;
  if (!tip || mark?.kind !== 'pair') return null;
  // Worked out on hover, not for every line when the graph is built: an archive has tens of thousands.
  const meetings = mark.meetings.map((id) => index.meetings.get(id)).filter((m) => m !== undefined);
  const lines = meetings.slice(0, SHOWN).map((m) => `${formatDate(m.date, lang)} · ${pick(m.title, lang)}`);
  if (meetings.length > SHOWN) lines.push('…');
  const left = Math.max(HALF + 8, Math.min(cy.width() - HALF - 8, tip.x));
  return (
    <div className="graph__tip" role="tooltip" style={{ left, top: tip.y }}>
      {lines.map((text, i) => (
        <div key={i}>{text}</div>
      ))}
    </div>
  );
}
