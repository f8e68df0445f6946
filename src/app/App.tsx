import { Suspense, useCallback, useEffect, useState } from 'react';
import type { GraphIndex } from '../core/graph/types';
import { startUrlSync, useAppStore, useAppStoreApi } from '../core/store';
import { GraphView } from '../features/graph/GraphView';
import { Legend } from '../features/graph/Legend';
import { NoticeBar } from '../features/links/NoticeBar';
import { LoadError, LoadingStatus } from '../features/loading/LoadStates';
import { useGraphQuery } from '../features/loading/useGraphQuery';
import { Timeline } from '../features/timeline/Timeline';
import { Footer } from './Footer';
import { Header } from './Header';
import { useLang, useT } from '../i18n';
import { EvidencePanel, MeetingsList, OrgFilter, preloadFeatures } from './lazyFeatures';

export function App() {
  const query = useGraphQuery();
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Panel, lists, filters and search load once the graph is drawn (see lazyFeatures).
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => {
    preloadFeatures();
    setDrawn(true);
  }, []);

  const index = query.data;
  return (
    <div className="app">
      <Header index={drawn && index ? index : null}>{index && <NoticeBar />}</Header>
      {index ? (
        <Explorer index={index} drawn={drawn} onDrawn={onDrawn} />
      ) : (
        <main className="app-main app-main--center">
          {query.isError && !query.isFetching ? (
            <LoadError error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <LoadingStatus />
          )}
        </main>
      )}
      {index && <Footer index={index} />}
    </div>
  );
}

/** The loaded app: hands the index to the store once, then keeps the URL and the view in step. */
function Explorer({ index, drawn, onDrawn }: { index: GraphIndex; drawn: boolean; onDrawn: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const ready = useAppStore((s) => s.index === index);
  const [sidebarOpen, setSidebarOpen] = useState(false);

  // Loads the index into the store and applies the link; from then on store and URL follow each other.
  useEffect(() => startUrlSync(store, index, window), [store, index]);

  // On a phone the list covers the graph: choosing something in it shows the graph (and the sheet) again.
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.selectedMeeting !== prev.selectedMeeting || s.selectedEntity !== prev.selectedEntity)
          setSidebarOpen(false);
      }),
    [store],
  );

  if (!ready) return <main className="app-main app-main--center" />;
  return (
    <>
      <div className={`app-body${sidebarOpen ? ' app-body--sidebar-open' : ''}`}>
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
        <main className="stage">
          <button
            type="button"
            className="btn sidebar-toggle"
            aria-expanded={sidebarOpen}
            aria-controls="sidebar"
            onClick={() => setSidebarOpen((v) => !v)}
          >
            {sidebarOpen ? t.hideSidebar : t.showSidebar}
          </button>

          <GraphView drawn={drawn} onReady={onDrawn} />
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
