import { lazy, Suspense } from 'react';
import { usePopover } from '../popover';
import { useT } from '../../i18n';

// The menu and its format libraries download the first time it is opened.
const ExportMenu = lazy(() => import('./ExportMenu').then((m) => ({ default: m.ExportMenu })));

/** "Export" on the graph's toolbar: opens the menu of pictures, tables and networks of the view. */
export function ExportButton() {
  const t = useT();
  const { open, toggle, close, root, button } = usePopover();
  return (
    <div className="graph-toolbar__export" ref={root} data-overlay>
      <button ref={button} type="button" className="btn" aria-haspopup="menu" aria-expanded={open} onClick={toggle}>
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
