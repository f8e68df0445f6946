import { pick, useLang, useT } from '../../i18n';
import { useAppStore } from '../../core/store';
import { useGraphIndex, usePalette } from '../explorer/context';
import { isLargeGraph } from './weights';

function Key({ swatch, text }: { swatch: string; text: string }) {
  return (
    <li>
      <span className={swatch} aria-hidden="true" />
      {text}
    </li>
  );
}

/** What the colours and lines mean; the swatches are decoration, the text carries the meaning. */
export function Legend() {
  const t = useT();
  const lang = useLang();
  const index = useGraphIndex();
  const palette = usePalette();
  const collapsed = useAppStore((s) => s.collapsedGroups.size > 0);
  const thinned = useAppStore((s) => s.thinned);
  const grouped = useAppStore((s) => s.groupByOrganization);
  // Drawn as the canvas draws them: solid at scale (see the stylesheet).
  const solid = isLargeGraph(index) ? ' legend__line--solid' : '';
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
              <span
                className={`legend__dot legend__dot--${g.shape}`}
                style={{ background: g.color }}
                aria-hidden="true"
              />
              {org ? pick(org.name, lang) : t.legendOther}
            </li>
          );
        })}
      </ul>
      <ul className="legend__list legend__list--shapes">
        <Key swatch="legend__meeting" text={t.legendMeeting} />
        <Key swatch="legend__line legend__line--met" text={t.legendMet} />
        {grouped && <Key swatch="legend__org" text={t.legendOrg} />}
        {collapsed && <Key swatch="legend__collapsed" text={t.legendCollapsed} />}
        {collapsed && (thinned.met > 1 || thinned.agreement > 1) && (
          <li className="legend__note">{t.legendThinned(thinned.met, thinned.agreement)}</li>
        )}
        {(grouped || collapsed) && <Key swatch={`legend__line legend__line--agr${solid}`} text={t.legendAgreement} />}
        {grouped && <Key swatch={`legend__line legend__line--aff${solid}`} text={t.legendAffiliation} />}
        {!grouped && !collapsed && index.graph.agreements.length > 0 && (
          <li className="legend__note">{t.legendAgreementsHidden}</li>
        )}
      </ul>
    </div>
  );
}
