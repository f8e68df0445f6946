import { useMemo, useState } from 'react';
import { useLang, useT } from '../../i18n';
import { aggregateItems } from '../../core/collapse';
import { overlaps, parseAggregateId } from '../../core/graph';
import { useAppStore, useAppStoreApi } from '../../core/store';
import { entityName } from '../meetings/format';
import { MeetingButtons } from './EntityViews';
import { useGraphIndex } from '../explorer/context';

/** Enough to pick from without a long list's cost; the time range narrows the rest. */
const SHOWN = 100;

/** A line between collapsed organisations: the meetings (or agreements) behind it, to pick one from. */
export function AggregateView({ edgeId }: { edgeId: string }) {
  const index = useGraphIndex();
  const t = useT();
  const lang = useLang();
  const store = useAppStoreApi();
  // The collapsed set when the line was selected defines it (the panel is keyed by edge): opening an
  // organisation later does not rewrite what is open.
  const [collapsed] = useState(() => store.getState().collapsedGroups);
  const range = useAppStore((s) => s.range);
  const ends = useMemo(() => parseAggregateId(edgeId), [edgeId]);
  const items = useMemo(() => (ends ? aggregateItems(index, collapsed, ends) : []), [index, collapsed, ends]);
  if (!ends) return null;
  const inView = range
    ? items.filter((x) => {
        const days = index.daysOf(x.id);
        return days !== undefined && overlaps(days, range);
      })
    : items;
  const side = (id: string) =>
    collapsed.has(id) ? t.sideMembers(entityName(index, id, lang)) : entityName(index, id, lang);
  const [a, b] = [side(ends.a), side(ends.b)];
  const agreementEdge = (id: string): string | undefined => index.marks().of(id)[0];
  return (
    <div className="detail">
      <h2 className="detail__title detail__title--h2" tabIndex={-1}>
        {ends.kind === 'met' ? t.meetingsBetween(a, b) : t.agreementsBetween(a, b)}
      </h2>
      <p className="muted">
        {ends.kind === 'met'
          ? t.aggregateSummary(items.length, inView.length)
          : t.aggregateAgreements(items.length, inView.length)}
      </p>
      <MeetingButtons
        meetings={inView.slice(0, SHOWN)}
        onSelect={
          ends.kind === 'met'
            ? undefined
            : (id) => {
                const edge = agreementEdge(id);
                if (edge) store.getState().edgeSelected(edge);
              }
        }
      />
      {inView.length > SHOWN && <p className="muted">{t.aggregateMore(SHOWN, inView.length)}</p>}
    </div>
  );
}
