import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { useAppStore, useAppStoreApi } from '../../core/store';
import { isAggregateId } from '../../core/graph';
import { AggregateView } from './AggregateView';
import { EdgeView } from './EdgeView';
import { OrgView, PersonView } from './EntityViews';
import { RecordDetails } from './RecordDetails';
import './panel.css';
import { useGraphIndex } from '../explorer/context';

/** The evidence for whatever is selected. */
export function EvidencePanel() {
  const t = useT();
  const store = useAppStoreApi();
  const index = useGraphIndex();
  const meetingId = useAppStore((s) => s.selectedMeeting);
  const entityId = useAppStore((s) => s.selectedEntity);
  const edgeId = useAppStore((s) => s.selectedEdge);
  const bodyRef = useRef<HTMLDivElement>(null);
  const key = meetingId ?? entityId ?? edgeId;

  // A new selection starts at its heading: keyboard and screen-reader users land on what they opened.
  useEffect(() => {
    if (!key) return;
    bodyRef.current?.scrollTo?.({ top: 0 });
    bodyRef.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [key]);

  // The column stays on wide screens so the graph never resizes under the reader; only a visual hint is in it
  // (the "Meetings" list is the way in without a pointer).
  if (!key)
    return (
      <div className="panel panel--empty" aria-hidden="true">
        <p className="muted">{t.detailsHint}</p>
      </div>
    );
  const meeting = meetingId ? index.meetings.get(meetingId) : undefined;
  const person = entityId ? index.people.get(entityId) : undefined;
  const org = entityId ? index.organizations.get(entityId) : undefined;

  return (
    <aside className="panel" aria-label={t.details}>
      <div className="panel__bar">
        <span className="panel__label" aria-hidden="true">
          {t.details}
        </span>
        <button type="button" className="btn btn--quiet" onClick={() => store.getState().selectionCleared()}>
          {t.close}
        </button>
      </div>
      <div className="panel__body" ref={bodyRef}>
        {meeting && <RecordDetails record={meeting} level={2} />}
        {person && <PersonView person={person} />}
        {org && <OrgView org={org} />}
        {edgeId && !isAggregateId(edgeId) && <EdgeView edgeId={edgeId} />}
        {edgeId && isAggregateId(edgeId) && <AggregateView key={edgeId} edgeId={edgeId} />}
      </div>
    </aside>
  );
}
