import { useEffect, useId, useRef, useState } from 'react';
import { usePopover } from '../popover';
import { useAppStore, viewQuery } from '../../core/store';
import { pick, useLang, useT } from '../../i18n';
import { useGraphIndex } from '../explorer/context';
import { embedUrl, iframeCode } from './embedCode';

/** "Embed": the `<iframe>` code for the view on screen, to paste into an article, with a button that copies it. */
export function EmbedCode() {
  const t = useT();
  const lang = useLang();
  const index = useGraphIndex();
  const { open, toggle, close, root, button } = usePopover();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const query = useAppStore((s) => viewQuery(s, index));
  const view = useAppStore((s) => {
    const named = s.selectedMeeting
      ? index.meetings.get(s.selectedMeeting)?.title
      : s.selectedEntity
        ? (index.people.get(s.selectedEntity) ?? index.organizations.get(s.selectedEntity))?.name
        : undefined;
    return named ? pick(named, lang) : null;
  });
  const code = iframeCode(
    embedUrl(window.location.origin, import.meta.env.BASE_URL, query),
    t.embedFrameTitle(view ?? t.tagline),
  );

  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 2500);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // The code is selected in its field: the reader copies it with the keyboard or the menu.
      field.current?.focus();
      field.current?.select();
    }
  };

  return (
    <div className="embed-code" ref={root}>
      <button
        ref={button}
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={`${id}-box`}
        onClick={toggle}
      >
        {t.embed}
      </button>
      {open && (
        <div
          id={`${id}-box`}
          className="embed-code__box"
          role="group"
          aria-labelledby={`${id}-heading`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <p id={`${id}-heading`} className="embed-code__heading">
            {t.embedHeading}
          </p>
          <label htmlFor={`${id}-code`}>{t.embedCodeLabel}</label>
          <textarea
            id={`${id}-code`}
            ref={field}
            readOnly
            rows={4}
            value={code}
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="embed-code__note">{t.embedNote}</p>
          <div className="embed-code__actions">
            <button type="button" className="btn" onClick={() => void copy()}>
              {t.embedCopy}
            </button>
            <span className="embed-code__status" role="status">
              {copied ? t.embedCopied : ''}
            </span>
          </div>
        </div>
      )}
    </div>
  );
}
