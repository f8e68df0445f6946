import { pick, useLang, useT } from '../../i18n';
import { useAppStore } from '../../core/store';
import { useGraphIndex, usePalette } from '../explorer/context';

/** What the colours and lines mean; the swatches are decoration, the text carries the meaning. */
export function Legend() {
  const t = useT();
  const lang = useLang();
  const index = useGraphIndex();
  const palette = usePalette();
  const collapsed = useAppStore((s) => s.collapsedGroups.size > 0);
  const thinned = useAppStore((s) => s.thinned);
  return (
    <div className="legend">
      <h2 id="legend-title" className="sidebar__title">
        {t.legend}
      </h2>
      <ul className="legend__list">
        {palette.groups.map((g) => {
          const org = g.org ? index.organizations.get(g.org) : undefined;
          return (
            <li key={g.org ?? '-other'}>
              <span className="legend__dot" style={{ background: g.color }} aria-hidden="true" />
              {org ? pick(org.name, lang) : t.legendOther}
            </li>
          );
        })}
      </ul>
      <ul className="legend__list legend__list--shapes">
        <li>
          <span className="legend__org" aria-hidden="true" />
          {t.legendOrg}
        </li>
        {collapsed && (
          <li>
            <span className="legend__collapsed" aria-hidden="true" />
            {t.legendCollapsed}
          </li>
        )}
        {collapsed && (thinned.met > 1 || thinned.agreement > 1) && (
          <li className="legend__note">{t.legendThinned(thinned.met, thinned.agreement)}</li>
        )}
        <li>
          <span className="legend__line legend__line--met" aria-hidden="true" />
          {t.legendMet}
        </li>
        <li>
          <span className="legend__line legend__line--agr" aria-hidden="true" />
          {t.legendAgreement}
        </li>
        <li>
          <span className="legend__line legend__line--aff" aria-hidden="true" />
          {t.legendAffiliation}
        </li>
      </ul>
    </div>
  );
}
