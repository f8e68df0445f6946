import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';

// The menu and its format libraries download the first time it is opened.
const ExportMenu = lazy(() => import('./ExportMenu').then((m) => ({ default: m.ExportMenu })));

/** "Export" on the graph's toolbar: opens the menu of pictures, tables and networks of the view. */
export function ExportButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="graph-toolbar__export" ref={root} data-overlay>
      <button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {t.export}
      </button>
      {open && (
        <Suspense
          fallback={
            <p className="export-menu" role="status">
              {t.exportPreparing}
            </p>
          }
        >
          <ExportMenu onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
