import { other, pick, useLang, useT } from '../../i18n';
import type { GraphIndex } from '../../core/graph/types';
import { useAppStoreApi } from '../../core/store';
import type { Agreement, Meeting } from '../../core/schema';
import { dateLabel, entityName, timeLabel } from '../meetings/format';
import { Disagreements, SourceList } from './SourceList';

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

function EntityButton({ index, id }: { index: GraphIndex; id: string }) {
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

/** What a meeting or agreement was about, the editors' note, and every article that reported it. */
function RecordEvidence({
  index,
  record,
  heading,
  level,
}: {
  index: GraphIndex;
  record: Meeting | Agreement;
  heading: string;
  level: Level;
}) {
  const t = useT();
  const lang = useLang();
  const SubH = level === 2 ? 'h3' : 'h4';
  return (
    <>
      <SubH className="detail__sub">{heading}</SubH>
      <p className="detail__summary">{pick(record.summary, lang)}</p>
      {record.note && (
        <p className="detail__note" lang="en">
          <strong>{t.note}:</strong> {record.note}
        </p>
      )}
      <SubH className="detail__sub">
        {t.sources} <span className="badge badge--count">{t.reportedBy(index.corroboration(record.id))}</span>
      </SubH>
      <SourceList index={index} sources={record.sources} />
      <Disagreements index={index} items={record.disagreements} level={level === 2 ? 3 : 4} />
    </>
  );
}

/** One meeting as one event: every participant, what was said, and every article that reported it. */
export function MeetingDetails({ index, meeting, level }: { index: GraphIndex; meeting: Meeting; level: Level }) {
  const t = useT();
  const lang = useLang();
  const SubH = level === 2 ? 'h3' : 'h4';
  const attendees = new Set(meeting.attendees);
  const principals = meeting.participants.filter((p) => !attendees.has(p));
  const sitIn = meeting.participants.filter((p) => attendees.has(p));
  for (const a of meeting.attendees) if (!meeting.participants.includes(a)) sitIn.push(a);
  const time = timeLabel(meeting, t);

  return (
    <article className="detail" aria-label={level === 3 ? pick(meeting.title, lang) : undefined}>
      <Title level={level} text={pick(meeting.title, lang)} alt={other(meeting.title, lang)} />
      <dl className="facts">
        <dt>{t.date}</dt>
        <dd>
          <time dateTime={meeting.date}>{dateLabel(meeting, lang)}</time>
        </dd>
        {time && (
          <>
            <dt>{t.time}</dt>
            <dd>{time}</dd>
          </>
        )}
        {meeting.place && (
          <>
            <dt>{t.place}</dt>
            <dd>{pick(meeting.place, lang)}</dd>
          </>
        )}
        <dt>{t.kind}</dt>
        <dd>{t.kinds[meeting.kind]}</dd>
      </dl>
      <SubH className="detail__sub">{t.participants}</SubH>
      <ul className="people-list">
        {principals.map((id) => (
          <li key={id}>
            <EntityButton index={index} id={id} />
          </li>
        ))}
        {sitIn.map((id) => (
          <li key={id}>
            <EntityButton index={index} id={id} /> <span className="badge badge--soft">{t.satIn}</span>
          </li>
        ))}
      </ul>
      <RecordEvidence index={index} record={meeting} heading={t.discussed} level={level} />
    </article>
  );
}

export function AgreementDetails({
  index,
  agreement,
  level,
}: {
  index: GraphIndex;
  agreement: Agreement;
  level: Level;
}) {
  const t = useT();
  const lang = useLang();
  const SubH = level === 2 ? 'h3' : 'h4';
  return (
    <article className="detail" aria-label={level === 3 ? pick(agreement.title, lang) : undefined}>
      <Title level={level} text={pick(agreement.title, lang)} alt={other(agreement.title, lang)} />
      <dl className="facts">
        <dt>{t.date}</dt>
        <dd>
          <time dateTime={agreement.date}>{dateLabel(agreement, lang)}</time>
        </dd>
        <dt>{t.kind}</dt>
        <dd>{t.agreementKinds[agreement.kind]}</dd>
      </dl>
      <SubH className="detail__sub">{t.parties}</SubH>
      <ul className="people-list">
        {agreement.parties.map((id) => (
          <li key={id}>
            <EntityButton index={index} id={id} />
          </li>
        ))}
      </ul>
      <RecordEvidence index={index} record={agreement} heading={t.agreed} level={level} />
    </article>
  );
}
