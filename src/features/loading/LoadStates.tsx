// The first view's loading state; what a failure says is in LoadError.tsx, loaded only when one happens.
import { useT } from '../../i18n';
import './loading.css';

export function LoadingStatus() {
  const t = useT();
  return (
    <div className="load-state" role="status">
      <span className="load-state__spinner" aria-hidden="true" />
      <p>{t.loading}</p>
    </div>
  );
}
