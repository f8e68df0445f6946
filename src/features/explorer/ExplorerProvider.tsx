import { useState, type ReactNode } from 'react';
import { createDrawnGraph, type MeetingLabel } from '../../core/drawn';
import { buildPalette, type GraphIndex } from '../../core/graph';
import { useAppStoreApi } from '../../core/store';
import { formatDate } from '../../i18n';
import { ExplorerContext, type Explorer } from './context';

/** A meeting's node, named on hover: what it was and when. */
const meetingLabel: MeetingLabel = (m) => ({
  ko: `${m.title.ko}\n${formatDate(m.date, 'ko')}`,
  en: `${m.title.en ?? m.title.ko}\n${formatDate(m.date, 'en')}`,
});

/**
 * Builds, once per loaded graph, what the features share, and hands it to them. Mounted after the link has been
 * applied, so the drawn graph starts with the organisations the link opened.
 */
export function ExplorerProvider({ index, children }: { index: GraphIndex; children: ReactNode }) {
  const store = useAppStoreApi();
  const [explorer] = useState<Explorer>(() => {
    const palette = buildPalette(index);
    return { index, palette, drawn: createDrawnGraph(index, palette, store.getState().collapsedGroups, meetingLabel) };
  });
  return <ExplorerContext value={explorer}>{children}</ExplorerContext>;
}
