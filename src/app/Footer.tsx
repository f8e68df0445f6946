import { useT } from '../i18n';
import { useGraphIndex } from '../features/explorer/context';

export function Footer() {
  const index = useGraphIndex();
  const t = useT();
  const { sourceDigest, articles } = index.graph;
  return (
    <footer className="app-footer">
      <span className="app-footer__digest" title={sourceDigest}>
        {t.footerData(sourceDigest.slice(0, 8))}
      </span>
      <span aria-hidden="true">·</span>
      <span>{t.footerArticles(articles.length)}</span>
      <span aria-hidden="true" className="app-footer__source">
        ·
      </span>
      <span className="app-footer__source">{t.footerSource}</span>
    </footer>
  );
}
