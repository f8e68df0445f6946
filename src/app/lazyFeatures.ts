// Everything not needed to paint the graph loads after it is drawn, to keep the first download small; a failed
// download's account, only when one fails.
import { lazy } from 'react';

const load = {
  panel: () => import('../features/panel/EvidencePanel'),
  meetings: () => import('../features/meetings/MeetingsList'),
  filters: () => import('../features/filters/OrgFilter'),
  search: () => import('../features/search/SearchBox'),
  share: () => import('../features/links/ShareTools'),
};

export const EvidencePanel = lazy(() => load.panel().then((m) => ({ default: m.EvidencePanel })));
export const MeetingsList = lazy(() => load.meetings().then((m) => ({ default: m.MeetingsList })));
export const OrgFilter = lazy(() => load.filters().then((m) => ({ default: m.OrgFilter })));
export const SearchBox = lazy(() => load.search().then((m) => ({ default: m.SearchBox })));
export const ShareTools = lazy(() => load.share().then((m) => ({ default: m.ShareTools })));
export const LoadError = lazy(() => import('../features/loading/LoadError').then((m) => ({ default: m.LoadError })));

/** Starts every download at once (the browser caches them; React.lazy then resolves without a wait). */
export function preloadFeatures(): void {
  for (const start of Object.values(load)) void start();
}
