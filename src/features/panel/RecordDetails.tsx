import { Fragment, useState, type ReactNode } from 'react';
import { other, pick, useLang, useT, type Strings } from '../../i18n';
import type { Agreement, Evidence, Lang, Meeting } from '../../core/schema';
import { useEvidence } from '../loading/queries';
import { useAppStoreApi } from '../../core/store';
import { dateLabel, entityName, timeLabel } from '../meetings/format';
import { RecordEvidence, unknownArticles } from './RecordEvidence';
import { useGraphIndex } from '../explorer/context';

type Level = 2 | 3;

function Title({ level, text, alt, id }: { level: Level; text: string; alt?: string; id?: string }) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <H className={`detail__title detail__title--h${level}`} id={id} tabIndex={level === 2 ? -1 : undefined}>
      {text}
      {alt && <span className="detail__alt">{alt}</span>}
    </H>
  );
}

function EntityButton({ id }: { id: string }) {
  const index = useGraphIndex();
  const lang = useLang();
  const store = useAppStoreApi();
  const e = index.people.get(id) ?? index.organizations.get(id);
  return (
    <button
      type="button"
      className="link-button"
      title={e ? other(e.name, lang) : undefined}
      onClick={() => store.getState().entitySelected(id)}
    >
      {entityName(index, id, lang)}
    </button>
  );
}

interface Fact {
  label: string;
  value: ReactNode;
}

interface RecordPerson {
  id: string;
  /** Said beside the name, e.g. "sat in". */
  badge?: string;
}

/** What differs between a meeting and an agreement: the facts, who, and what the summary is about. */
interface RecordParts {
  facts: Fact[];
  peopleHeading: string;
  people: RecordPerson[];
  /** Heading of the summary: what was discussed, or what was agreed. */
  about: string;
}

/** A meeting as one event: every participant, principals first, then those who sat in. */
function meetingParts(meeting: Meeting, t: Strings, lang: Lang, evidence: Evidence | undefined): RecordParts {
  const attendees = new Set(meeting.attendees);
  const principals = meeting.participants.filter((p) => !attendees.has(p));
  const sitIn = meeting.participants.filter((p) => attendees.has(p));
  const listed = new Set(meeting.participants);
  for (const a of meeting.attendees) if (!listed.has(a)) sitIn.push(a);
  const time = timeLabel(meeting, t);
  const facts: Fact[] = [{ label: t.date, value: <time dateTime={meeting.date}>{dateLabel(meeting, lang)}</time> }];
  if (time) facts.push({ label: t.time, value: time });
  if (evidence?.place) facts.push({ label: t.place, value: pick(evidence.place, lang) });
  facts.push({ label: t.kind, value: t.kinds[meeting.kind] });
  const people = [...principals.map((id) => ({ id })), ...sitIn.map((id) => ({ id, badge: t.satIn }))];
  return { facts, peopleHeading: t.participants, people, about: t.discussed };
}

function agreementParts(agreement: Agreement, t: Strings, lang: Lang): RecordParts {
  const facts: Fact[] = [
    { label: t.date, value: <time dateTime={agreement.date}>{dateLabel(agreement, lang)}</time> },
    { label: t.kind, value: t.agreementKinds[agreement.kind] },
  ];
  return { facts, peopleHeading: t.parties, people: agreement.parties.map((id) => ({ id })), about: t.agreed };
}

/** People shown at first, and added per "show more": a meeting of thousands never blocks the page. */
const PEOPLE_SHOWN = 50;
const PEOPLE_MORE = 200;

function PeopleList({ people }: { people: RecordPerson[] }) {
  const t = useT();
  const [shown, setShown] = useState(PEOPLE_SHOWN);
  const rest = people.length - shown;
  return (
    <>
      <ul className="people-list">
        {people.slice(0, shown).map(({ id, badge }) => (
          <li key={id}>
            <EntityButton id={id} />
            {badge && (
              <>
                {' '}
                <span className="badge badge--soft">{badge}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <p className="people-list__more">
          {t.andMore(rest)}{' '}
          <button type="button" className="link-button" onClick={() => setShown((n) => n + PEOPLE_MORE)}>
            {t.showMore(Math.min(rest, PEOPLE_MORE))}
          </button>
        </p>
      )}
    </>
  );
}

/**
 * A meeting or an agreement in full: title, facts, who, what about, and every article that reported it, each
 * quote in its sentence.
 */
export function RecordDetails({ record, level }: { record: Meeting | Agreement; level: Level }) {
  const index = useGraphIndex();
  const t = useT();
  const lang = useLang();
  const SubH = level === 2 ? 'h3' : 'h4';
  // The place, the summary and the note come with the quotes (RecordEvidence reads the same cached query), and
  // like them are shown only from a record that cites articles the archive has.
  const loaded = useEvidence(record.evidence).data?.get(record.id);
  const evidence = loaded && unknownArticles(loaded, record.id, index.articles).length === 0 ? loaded : undefined;
  const { facts, peopleHeading, people, about } =
    'participants' in record ? meetingParts(record, t, lang, evidence) : agreementParts(record, t, lang);
  return (
    <article className="detail" aria-label={level === 3 ? pick(record.title, lang) : undefined}>
      <Title level={level} text={pick(record.title, lang)} alt={other(record.title, lang)} />
      <dl className="facts">
        {facts.map((f) => (
          <Fragment key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </Fragment>
        ))}
      </dl>
      <SubH className="detail__sub">{peopleHeading}</SubH>
      <PeopleList people={people} />
      {evidence && (
        <>
          <SubH className="detail__sub">{about}</SubH>
          <p className="detail__summary">{pick(evidence.summary, lang)}</p>
          {evidence.note && (
            <p className="detail__note" lang="en">
              <strong>{t.note}:</strong> {evidence.note}
            </p>
          )}
        </>
      )}
      <SubH className="detail__sub">
        {t.sources} <span className="badge badge--count">{t.reportedBy(index.corroboration(record.id))}</span>
      </SubH>
      <RecordEvidence record={record} level={level === 2 ? 3 : 4} />
    </article>
  );
}
