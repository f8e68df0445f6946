import { other, pick, useLang, useT } from '../../i18n';
import { orgAncestors, pairId, parseEdgeId } from '../../core/graph';
import { useAppStore, useAppStoreApi } from '../../core/store';
import type { Agreement, Meeting, Organization, Person } from '../../core/schema';
import { dateLabel, entityName } from '../meetings/format';
import { useGraphIndex } from '../explorer/context';

function NameHeading({ name }: { name: { ko: string; en: string } }) {
  const lang = useLang();
  const alt = other(name, lang);
  return (
    <h2 className="detail__title detail__title--h2" tabIndex={-1}>
      {pick(name, lang)}
      {alt && (
        <span className="detail__alt" lang={lang === 'ko' ? 'en' : 'ko'}>
          {alt}
        </span>
      )}
    </h2>
  );
}

/** Dated buttons, one per meeting or agreement; a meeting's selects it, an agreement's goes through `onSelect`. */
export function MeetingButtons({
  meetings,
  onSelect,
}: {
  meetings: readonly (Meeting | Agreement)[];
  onSelect?: (id: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const store = useAppStoreApi();
  if (meetings.length === 0) return <p className="muted">{t.noPersonMeetings}</p>;
  const select = onSelect ?? ((id: string) => store.getState().meetingSelected(id));
  return (
    <ul className="item-list">
      {meetings.map((m) => (
        <li key={m.id}>
          <button type="button" className="card-button item-button" onClick={() => select(m.id)}>
            <span className="item-button__date">{dateLabel(m, lang)}</span>
            <span className="item-button__title">{pick(m.title, lang)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function PersonView({ person }: { person: Person }) {
  const index = useGraphIndex();
  const t = useT();
  const lang = useLang();
  const store = useAppStoreApi();
  return (
    <div className="detail">
      <NameHeading name={person.name} />
      {person.affiliations.length > 0 && (
        <>
          <h3 className="detail__sub">{t.affiliations}</h3>
          <ul className="affiliations">
            {person.affiliations.map((a, i) => (
              <li key={i}>
                <button type="button" className="link-button" onClick={() => store.getState().entitySelected(a.org)}>
                  {entityName(index, a.org, lang)}
                </button>
                <span className="affiliations__title"> · {pick(a.title, lang)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <PeopleMet person={person} />
      <h3 className="detail__sub">{t.personMeetings}</h3>
      <MeetingButtons meetings={index.meetingsOf(person.id)} />
    </div>
  );
}

/** Everyone a person met, most meetings first; each opens the pair's meetings (with a link of its own). */
function PeopleMet({ person }: { person: Person }) {
  const index = useGraphIndex();
  const t = useT();
  const lang = useLang();
  const store = useAppStoreApi();
  const counts = new Map<string, number>();
  for (const m of index.meetingsOf(person.id))
    for (const id of new Set(m.participants)) if (id !== person.id) counts.set(id, (counts.get(id) ?? 0) + 1);
  const met = [...counts]
    .map(([id, n]) => ({ other: index.people.get(id), n }))
    .filter((x): x is { other: Person; n: number } => x.other !== undefined)
    .sort((a, b) => b.n - a.n || pick(a.other.name, lang).localeCompare(pick(b.other.name, lang), lang));
  if (met.length === 0) return null;
  return (
    <>
      <h3 className="detail__sub">{t.peopleMet}</h3>
      <ul className="people-met">
        {met.map(({ other: o, n }) => (
          <li key={o.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => store.getState().edgeSelected(pairId(person.id, o.id))}
            >
              {pick(o.name, lang)}
            </button>
            <span className="affiliations__title"> · {t.timesMet(n)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function OrgView({ org }: { org: Organization }) {
  const index = useGraphIndex();
  const t = useT();
  const lang = useLang();
  const store = useAppStoreApi();
  const people = [...index.people.values()].filter((p) => index.orgsOf(p.id).has(org.id));
  const agreements = index.graph.agreements.filter((a) => a.parties.includes(org.id));
  // The agreement's line from this organisation (one per pair of parties).
  const edgeOf = (agreementId: string) =>
    index
      .marks()
      .of(agreementId)
      .find((id) => {
        const ends = parseEdgeId(id);
        return ends !== null && (ends.a === org.id || ends.b === org.id);
      });
  const parent = org.parent ? index.organizations.get(org.parent) : undefined;
  return (
    <div className="detail">
      <NameHeading name={org.name} />
      <CollapseButton org={org} />
      {parent && (
        <p className="muted">
          {t.memberOf}{' '}
          <button type="button" className="link-button" onClick={() => store.getState().entitySelected(parent.id)}>
            {pick(parent.name, lang)}
          </button>
        </p>
      )}
      <h3 className="detail__sub">{t.people}</h3>
      <ul className="affiliations">
        {people.map((p) => {
          const title =
            p.affiliations.find((a) => a.org === org.id) ??
            p.affiliations.find((a) => orgAncestors(index.organizations, a.org).includes(org.id));
          return (
            <li key={p.id}>
              <button type="button" className="link-button" onClick={() => store.getState().entitySelected(p.id)}>
                {pick(p.name, lang)}
              </button>
              {title && <span className="affiliations__title"> · {pick(title.title, lang)}</span>}
            </li>
          );
        })}
      </ul>
      {agreements.length > 0 && (
        <>
          <h3 className="detail__sub">{t.agreements}</h3>
          <ul className="item-list">
            {agreements.map((a) => {
              const edge = edgeOf(a.id);
              return (
                <li key={a.id}>
                  <button
                    type="button"
                    className="card-button item-button"
                    disabled={!edge}
                    onClick={() => edge && store.getState().edgeSelected(edge)}
                  >
                    <span className="item-button__date">{dateLabel(a, lang)}</span>
                    <span className="item-button__title">{pick(a.title, lang)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

/** Opens or collapses the organisation's top-level group on the graph (a sub-organisation opens its group). */
function CollapseButton({ org }: { org: Organization }) {
  const index = useGraphIndex();
  const t = useT();
  const store = useAppStoreApi();
  const group = index.groupOf(org.id);
  const collapsed = useAppStore((s) => (group ? s.collapsedGroups.has(group) : false));
  const size = group ? index.collapsibleGroups().get(group) : undefined;
  if (!group || size === undefined || (group !== org.id && !collapsed)) return null;
  const { groupExpanded, groupCollapsed } = store.getState();
  return (
    <p>
      <button type="button" className="btn" onClick={() => (collapsed ? groupExpanded(group) : groupCollapsed(group))}>
        {collapsed ? t.expandOrg(size) : t.collapseOrg}
      </button>
    </p>
  );
}
