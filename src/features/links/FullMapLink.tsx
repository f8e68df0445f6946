import { useAppStore, viewQuery } from '../../core/store';
import { useT } from '../../i18n';
import { useGraphIndex } from '../explorer/context';

/** The embed's way out: the same view in the full app, in a new tab (the article stays where the reader was). */
export function FullMapLink() {
  const t = useT();
  const index = useGraphIndex();
  const query = useAppStore((s) => viewQuery(s, index));
  return (
    <a
      className="btn full-map-link"
      href={`${import.meta.env.BASE_URL}${query}`}
      target="_blank"
      rel="noopener noreferrer"
    >
      {/* A narrow frame shows the short words (CSS): the frame's name keeps its room. */}
      <span className="full-map-link__long">{t.openFullMap}</span>
      <span className="full-map-link__short">{t.fullMap}</span>
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> {t.newTab}</span>
    </a>
  );
}
