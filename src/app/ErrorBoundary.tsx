import { Component, type ErrorInfo, type ReactNode } from 'react';
import { stringsOf } from '../i18n';
import { appStore } from '../core/store';

interface State {
  error: Error | null;
}

/** Last line of defence: a readable message instead of a blank page if any component throws. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever debugs; a warning, since the page has handled it.
    console.warn('Meeting Graph recovered from an error:', error.message, info.componentStack ?? '');
  }

  render() {
    if (!this.state.error) return this.props.children;
    const t = strings();
    return (
      <div className="load-state load-state--error" role="alert">
        <h2>{t.crashTitle}</h2>
        <p>{t.crashBody}</p>
        <p className="load-state__detail">
          <code>{this.state.error.message}</code>
        </p>
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </div>
    );
  }
}

/** The reader's strings; where none could be downloaded, the few this message needs, in both languages. */
function strings(): { crashTitle: string; crashBody: string; reload: string } {
  try {
    return stringsOf(appStore.getState().lang);
  } catch {
    return { crashTitle: '문제가 발생했습니다 · Something went wrong', crashBody: '', reload: '새로 고침 · Reload' };
  }
}
