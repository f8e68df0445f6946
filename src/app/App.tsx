import { Suspense, useCallback, useEffect, useState } from 'react';
import type { GraphIndex } from '../core/graph';
import { startUrlSync, useAppStore, useAppStoreApi } from '../core/store';
import { ExplorerProvider } from '../features/explorer/ExplorerProvider';
import { ExportButton } from '../features/export/ExportButton';
import { GraphView } from '../features/graph/GraphView';
import { Legend } from '../features/graph/Legend';
import { NoticeBar } from '../features/links/NoticeBar';
import { LoadingStatus } from '../features/loading/LoadStates';
import { fetchGraph, useGraph } from '../features/loading/useGraph';
import { Timeline } from '../features/timeline/Timeline';
import { Footer } from './Footer';
import { Header } from './Header';
import { pagePath, type Layout } from './layout';
import { useLang, useT } from '../i18n';
import { EvidencePanel, LoadError, MeetingsList, OrgFilter, preloadFeatures } from './lazyFeatures';

export function App({ layout = 'full' }: { layout?: Layout }) {
  const graph = useGraph();
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const index = graph.data;
  if (index) return <Loaded index={index} layout={layout} />;
  return (
    <div className={appClass(layout)}>
      <Header layout={layout} />
      <main className="app-main app-main--center">
        {graph.error && !graph.fetching ? (
          <Suspense fallback={<LoadingStatus />}>
            <LoadError error={graph.error} onRetry={fetchGraph} />
          </Suspense>
        ) : (
          <LoadingStatus />
        )}
      </main>
    </div>
  );
}

const appClass = (layout: Layout) => (layout === 'embed' ? 'app app--embed' : 'app');

/** The graph has arrived: the store takes it and the link, then the explorer is built on them. */
function Loaded({ index, layout }: { index: GraphIndex; layout: Layout }) {
  const store = useAppStoreApi();
  // Hands the graph to the store and applies the link; from then on store and URL follow each other.
  useEffect(
    () =>
      startUrlSync(store, index, window, {
        base: pagePath(layout, import.meta.env.BASE_URL),
        pushSelections: layout === 'full',
      }),
    [store, index, layout],
  );
  const ready = useAppStore((s) => s.range !== null);
  // Panel, lists, filters and search load once the graph is drawn (see lazyFeatures).
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => {
    preloadFeatures();
    setDrawn(true);
  }, []);
  if (!ready)
    return (
      <div className={appClass(layout)}>
        <Header layout={layout} />
        <main className="app-main app-main--center" />
      </div>
    );
  return (
    <ExplorerProvider index={index}>
      <div className={appClass(layout)}>
        <Header explorer={drawn} layout={layout}>
          <NoticeBar />
        </Header>
        <Explorer drawn={drawn} onDrawn={onDrawn} layout={layout} />
        <Footer />
      </div>
    </ExplorerProvider>
  );
}

/** The explorer: sidebar (filters, legend, list), the graph, the panel and the timeline; the embed has no sidebar. */
function Explorer({ drawn, onDrawn, layout }: { drawn: boolean; onDrawn: () => void; layout: Layout }) {
  const t = useT();
  const store = useAppStoreApi();
  const [sidebarOpen, setSidebarOpen] = useState(false);

  // On a phone the list covers the graph: choosing something in it shows the graph (and the sheet) again.
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.selectedMeeting !== prev.selectedMeeting || s.selectedEntity !== prev.selectedEntity)
          setSidebarOpen(false);
      }),
    [store],
  );

  const full = layout === 'full';
  return (
    <>
      <div className={`app-body${sidebarOpen ? ' app-body--sidebar-open' : ''}`}>
        {full && (
          <section className="sidebar" id="sidebar" aria-label={t.sidebar}>
            {drawn && (
              <Suspense>
                <OrgFilter />
              </Suspense>
            )}
            <Legend />
            {drawn && (
              <Suspense>
                <MeetingsList />
              </Suspense>
            )}
          </section>
        )}
        <main className="stage">
          {full && (
            <button
              type="button"
              className="btn sidebar-toggle"
              data-overlay
              aria-expanded={sidebarOpen}
              aria-controls="sidebar"
              onClick={() => setSidebarOpen((v) => !v)}
            >
              {sidebarOpen ? t.hideSidebar : t.showSidebar}
            </button>
          )}

          <GraphView drawn={drawn} onReady={onDrawn} tools={full ? <ExportButton /> : undefined} />
        </main>
        <Suspense fallback={<div className="panel panel--empty" />}>
          {drawn ? <EvidencePanel /> : <div className="panel panel--empty" />}
        </Suspense>
      </div>
      <section className="timeline-region" aria-label={t.timeRange}>
        <Timeline />
      </section>
    </>
  );
}
