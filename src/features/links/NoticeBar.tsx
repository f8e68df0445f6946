import { useT } from '../../i18n';
import { useAppStore } from '../../core/store';
import { groupNotices } from '../../core/url-codec';
import type { NavNotice } from '../../core/url-codec';
import type { Strings } from '../../i18n';

const describe = (n: NavNotice, t: Strings): string => t.notice[n.kind](n.param, n.value);

/** What a pasted link asked for that could not be honoured, said once and dismissable. */
export function NoticeBar() {
  const t = useT();
  const notices = useAppStore((s) => s.notices);
  const dismissed = useAppStore((s) => s.noticesDismissed);
  if (notices.length === 0) return null;
  const { shown, more } = groupNotices(notices);
  return (
    <div className="notice-bar" data-testid="notice" role="status" aria-label={t.notices}>
      <ul className="notice-bar__list">
        {shown.map((n, i) => (
          <li key={i}>{describe(n, t)}</li>
        ))}
        {more.map(({ kind, count }) => (
          <li key={kind}>{t.noticeMore(count)}</li>
        ))}
      </ul>
      <button type="button" className="btn btn--quiet" onClick={dismissed}>
        {t.dismiss}
      </button>
    </div>
  );
}
