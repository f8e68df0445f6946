import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';

type CopyState = 'idle' | 'copied' | 'manual';

/** Copies the current URL (which carries the whole view); falls back to a selected text field. */
export function CopyLink() {
  const t = useT();
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
        {t.copyLink}
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
