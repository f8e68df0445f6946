import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { pick, useLang, useT } from '../../i18n';
import type { Meeting } from '../../core/schema';
import { useAppStore, useAppStoreApi } from '../../core/store';
import { dateLabel, namesOf } from './format';
import { useVisibility } from '../explorer/useVisibility';
import './meetings.css';
import { useGraphIndex } from '../explorer/context';

/** Past this many items only the rows in view are in the page. */
const VIRTUAL_FROM = 200;

/** The text alternative of the graph: every meeting in view, in step with the range and filters. */
export function MeetingsList() {
  const t = useT();
  const visibility = useVisibility();
  const meetings = visibility?.meetings ?? [];
  const agreements = visibility?.agreements.length ?? 0;
  return (
    <section className="meetings" aria-labelledby="meetings-title">
      <div className="meetings__head">
        <h2 id="meetings-title" className="sidebar__title">
          {t.meetings}
        </h2>
        <p className="meetings__count">
          {t.meetingsCount(meetings.length)}
          {agreements > 0 && ` · ${t.agreementsInView(agreements)}`}
        </p>
      </div>
      {meetings.length === 0 ? (
        <p className="muted meetings__empty">{t.noMeetings}</p>
      ) : meetings.length > VIRTUAL_FROM ? (
        <VirtualList meetings={meetings} />
      ) : (
        <div className="meetings__scroll">
          <ul className="meetings__list">
            {meetings.map((m) => (
              <li key={m.id} className="meetings__item">
                <MeetingButton meeting={m} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function VirtualList({ meetings }: { meetings: readonly Meeting[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: meetings.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 68,
    overscan: 8,
  });
  return (
    <div className="meetings__scroll" ref={scrollRef}>
      <ul className="meetings__list meetings__list--virtual" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={meetings[row.index].id}
            className="meetings__item"
            aria-setsize={meetings.length}
            aria-posinset={row.index + 1}
            data-index={row.index}
            ref={virtualizer.measureElement}
            style={{ transform: `translateY(${row.start}px)` }}
          >
            <MeetingButton meeting={meetings[row.index]} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function MeetingButton({ meeting }: { meeting: Meeting }) {
  const lang = useLang();
  const store = useAppStoreApi();
  const index = useGraphIndex();
  const selected = useAppStore((s) => s.selectedMeeting === meeting.id);
  return (
    <button
      type="button"
      className="card-button meeting-button"
      aria-current={selected ? 'true' : undefined}
      onClick={() => store.getState().meetingSelected(meeting.id)}
    >
      {/* The hidden punctuation makes the accessible name read "date: people — title". */}
      <span className="meeting-button__date">{dateLabel(meeting, lang)}</span>
      <span className="visually-hidden">: </span>
      <span className="meeting-button__people">{namesOf(index, meeting.participants, lang)}</span>
      <span className="visually-hidden"> — </span>
      <span className="meeting-button__title">{pick(meeting.title, lang)}</span>
    </button>
  );
}
