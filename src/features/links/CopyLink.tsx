import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';

type CopyState = 'idle' | 'copied' | 'manual';

/** Phones and tablets: the system share sheet first (Web Share API), copying when there is none or it fails. */
const prefersShareSheet = () => window.matchMedia?.('(pointer: coarse)').matches ?? false;

/**
 * Copies the current URL (which carries the whole view), or on a phone offers it to the system share sheet; falls
 * back to a selected text field.
 */
export function CopyLink() {
  const t = useT();
  const [share] = useState(prefersShareSheet);
  const [state, setState] = useState<CopyState>('idle');
  const [href, setHref] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === 'manual') fieldRef.current?.focus();
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const url = window.location.href;
    setHref(url);
    if (share && typeof navigator.share === 'function') {
      try {
        await navigator.share({ url, title: document.title });
        return;
      } catch (e) {
        // The reader closed the sheet: nothing to do. Anything else: copy instead.
        if ((e as Error).name === 'AbortError') return;
      }
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="btn" onClick={() => void copy()}>
        {share ? t.share : t.copyLink}
      </button>
      <span className="copy-link__status" role="status">
        {state === 'copied' ? t.linkCopied : ''}
      </span>
      {state === 'manual' && (
        <div className="copy-link__fallback">
          <label htmlFor="copy-link-field">{t.copyFallback}</label>
          <input
            id="copy-link-field"
            ref={fieldRef}
            readOnly
            value={href}
            onBlur={() => setState('idle')}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
