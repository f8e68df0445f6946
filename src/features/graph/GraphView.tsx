import { useMemo, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { countPeople, useVisibility } from '../explorer/useVisibility';
import { GraphCanvas } from './GraphCanvas';
import { GraphToolbar } from './GraphToolbar';
import { CollapseController } from './controllers/CollapseController';
import { GroupingController } from './controllers/GroupingController';
import { HighlightController } from './controllers/HighlightController';
import { LabelController } from './controllers/LabelController';
import { LanguageController } from './controllers/LanguageController';
import { SelectionController } from './controllers/SelectionController';
import { VisibilityController } from './controllers/VisibilityController';
import { prefersReducedMotion } from './controllers/shared';
import { isLargeGraph, maxEdgeWeight, maxPersonMeetings } from './weights';
import { useGraphIndex } from '../explorer/context';
import { PointerController } from './controllers/PointerController';
import { PairTooltip } from './PairTooltip';
import './graph.css';

/** The canvas with its controllers; the only React state here is the text alternative. */
export function GraphView({ drawn, onReady, tools }: { drawn: boolean; onReady?: () => void; tools?: ReactNode }) {
  const t = useT();
  const index = useGraphIndex();
  // The text alternative is counted once the graph is drawn: its first count is not on the way to the picture.
  const visibility = useVisibility(drawn);
  const styleOptions = useMemo(
    () => ({
      maxEdge: maxEdgeWeight(index),
      maxPerson: maxPersonMeetings(index),
      maxMembers: Math.max(1, ...index.collapsibleGroups().values()),
      // Up to ~50 organisations side by side keep their full size.
      groupShrink: Math.min(1, Math.sqrt(50 / Math.max(1, index.collapsibleGroups().size))),
      large: isLargeGraph(index),
      reducedMotion: prefersReducedMotion(),
    }),
    [index],
  );
  const label = visibility ? t.graph(countPeople(index, visibility), visibility.meetings.length) : t.graphLoading;

  return (
    <div className="graph-view">
      <GraphCanvas styleOptions={styleOptions} label={label} onReady={onReady}>
        <CollapseController />
        <VisibilityController />
        <PointerController />
        <SelectionController />
        <HighlightController />
        <LanguageController />
        <LabelController />
        <GroupingController />
        <PairTooltip />
        <GraphToolbar tools={tools} />
      </GraphCanvas>
    </div>
  );
}
