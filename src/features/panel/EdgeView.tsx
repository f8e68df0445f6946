import { useLang, useT } from '../../i18n';
import { parsePairId } from '../../core/graph';
import type { Agreement } from '../../core/schema';
import { entityName } from '../meetings/format';
import { RecordDetails } from './RecordDetails';
import { useGraphIndex } from '../explorer/context';

/** A connection: every meeting (or agreement) it stands for, newest first, each in full. */
export function EdgeView({ edgeId }: { edgeId: string }) {
  const index = useGraphIndex();
  const t = useT();
  const lang = useLang();
  const pair = parsePairId(edgeId);
  const edge = index.edges.get(edgeId);
  const agreement = !pair && edge?.kind === 'agreement' ? edge : null;
  const ends = pair ?? (agreement ? { a: agreement.source, b: agreement.target } : null);
  if (!ends) return null;
  const a = entityName(index, ends.a, lang);
  const b = entityName(index, ends.b, lang);

  // Every meeting of two people (alone or with others), or an agreement line's agreements: newest first, in full.
  const [heading, records] = agreement
    ? [
        t.agreementsBetween(a, b),
        agreement.agreements
          .map((id) => index.agreements.get(id))
          .filter((x): x is Agreement => x !== undefined)
          .sort((x, y) => (index.daysOf(y.id)?.from ?? 0) - (index.daysOf(x.id)?.from ?? 0))
          .map((ag) => <RecordDetails key={ag.id} record={ag} level={3} />),
      ]
    : [
        t.meetingsBetween(a, b),
        index.meetingsBetween(ends.a, ends.b).map((m) => <RecordDetails key={m.id} record={m} level={3} />),
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
