import { useLang, useT } from '../../i18n';
import type { GraphIndex } from '../../core/graph/types';
import type { Agreement } from '../../core/schema';
import { entityName } from '../meetings/format';
import { AgreementDetails, MeetingDetails } from './MeetingDetails';

/** A connection: every meeting (or agreement) it stands for, newest first, each in full. */
export function EdgeView({ index, edgeId }: { index: GraphIndex; edgeId: string }) {
  const t = useT();
  const lang = useLang();
  const edge = index.edges.get(edgeId);
  if (!edge || edge.kind === 'affiliation') return null;
  const a = entityName(index, edge.source, lang);
  const b = entityName(index, edge.target, lang);

  if (edge.kind === 'met') {
    const meetings = index.meetingsBetween(edge.source, edge.target);
    return (
      <div className="detail-group">
        <h2 className="detail__title detail__title--h2" tabIndex={-1}>
          {t.meetingsBetween(a, b)}
        </h2>
        {meetings.map((m) => (
          <MeetingDetails key={m.id} index={index} meeting={m} level={3} />
        ))}
      </div>
    );
  }
  const agreements = edge.agreements
    .map((id) => index.agreements.get(id))
    .filter((x): x is Agreement => x !== undefined)
    .sort((x, y) => (index.daysOf(y.id)?.from ?? 0) - (index.daysOf(x.id)?.from ?? 0));
  return (
    <div className="detail-group">
      <h2 className="detail__title detail__title--h2" tabIndex={-1}>
        {t.agreementsBetween(a, b)}
      </h2>
      {agreements.map((ag) => (
        <AgreementDetails key={ag.id} index={index} agreement={ag} level={3} />
      ))}
    </div>
  );
}
