import { useLang, useT } from '../../i18n';
import type { Agreement } from '../../core/schema';
import { entityName } from '../meetings/format';
import { RecordDetails } from './RecordDetails';
import { useGraphIndex } from '../explorer/context';

/** A connection: every meeting (or agreement) it stands for, newest first, each in full. */
export function EdgeView({ edgeId }: { edgeId: string }) {
  const index = useGraphIndex();
  const t = useT();
  const lang = useLang();
  const edge = index.edges.get(edgeId);
  if (!edge || edge.kind === 'affiliation') return null;
  const a = entityName(index, edge.source, lang);
  const b = entityName(index, edge.target, lang);

  // Meetings for people, agreements for organisations: newest first, each in full.
  const [heading, records] =
    edge.kind === 'met'
      ? [
          t.meetingsBetween(a, b),
          index.meetingsBetween(edge.source, edge.target).map((m) => <RecordDetails key={m.id} record={m} level={3} />),
        ]
      : [
          t.agreementsBetween(a, b),
          edge.agreements
            .map((id) => index.agreements.get(id))
            .filter((x): x is Agreement => x !== undefined)
            .sort((x, y) => (index.daysOf(y.id)?.from ?? 0) - (index.daysOf(x.id)?.from ?? 0))
            .map((ag) => <RecordDetails key={ag.id} record={ag} level={3} />),
        ];
  return (
    <div className="detail-group">
      <h2 className="detail__title detail__title--h2" tabIndex={-1}>
        {heading}
      </h2>
      {records}
    </div>
  );
}
