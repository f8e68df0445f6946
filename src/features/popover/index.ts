import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * A button's pop-up (Export's menu, Embed's code): open or closed, closed by a press anywhere outside `root`, and
 * closed back onto its button (`close`) so that keyboard focus is not lost.
 */
export function usePopover(): {
  open: boolean;
  toggle: () => void;
  close: () => void;
  root: RefObject<HTMLDivElement | null>;
  button: RefObject<HTMLButtonElement | null>;
} {
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
  return {
    open,
    toggle: () => setOpen((o) => !o),
    close: () => {
      setOpen(false);
      button.current?.focus();
    },
    root,
    button,
  };
}
