import { useMemo } from 'react';
import { other, pick, useLang, useT } from '../../i18n';
import { orgFilterGroups, orgStats } from '../../core/filters';
import { useAppStore, useAppStoreApi } from '../../core/store';
import './filters.css';
import { useGraphIndex } from '../explorer/context';

/** Organisations as checkboxes, groups with their member companies beneath; several can be on at once. */
export function OrgFilter() {
  const t = useT();
  const lang = useLang();
  const store = useAppStoreApi();
  const index = useGraphIndex();
  const active = useAppStore((s) => s.orgFilters);
  // Counted once (100,000 meetings at 20k): the groups are ordered by the same counts.
  const stats = useMemo(() => orgStats(index), [index]);
  const groups = useMemo(() => orgFilterGroups(index, stats), [index, stats]);
  const on = new Set(active);
  const nameOf = (id: string) => {
    const org = index.organizations.get(id);
    return org ? pick(org.name, lang) : id;
  };

  const box = (id: string, meetings: number) => {
    const org = index.organizations.get(id);
    if (!org) return null;
    return (
      <label className="org-filter__option" title={other(org.name, lang)}>
        <input type="checkbox" checked={on.has(id)} onChange={() => store.getState().orgToggled(id)} />
        <span className="org-filter__name">{pick(org.name, lang)}</span>
        <span className="org-filter__count" aria-hidden="true">
          {meetings}
        </span>
      </label>
    );
  };

  return (
    <div className="org-filter">
      <h2 id="org-filter-title" className="sidebar__title">
        {t.organisations}
      </h2>
      <div className="org-filter__groups" role="group" aria-labelledby="org-filter-title">
        <ul className="org-filter__list">
          {groups.map((g) => (
            <li key={g.org}>
              {box(g.org, g.meetings)}
              {g.members.length > 0 && (
                <ul className="org-filter__members">
                  {g.members.map((m) => (
                    <li key={m}>{box(m, stats.get(m)?.meetings ?? 0)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </div>
      {active.length > 0 && (
        <div className="org-filter__active">
          <p role="status" className="org-filter__status">
            {t.filteredBy} {active.map((id) => nameOf(id)).join(', ')}
          </p>
          <button type="button" className="btn btn--small" onClick={() => store.getState().orgFiltersCleared()}>
            {t.clearFilters}
          </button>
        </div>
      )}
    </div>
  );
}
