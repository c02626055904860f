import { useEffect, useRef, useState } from 'react';

/**
 * The state of a button that opens a modal dialog (print, photo): whether it is open, and the
 * button's ref, which takes focus back once the dialog is gone (while it is open the page is inert).
 */
export function useDialogOpener() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return { open, button, show: () => setOpen(true), close: () => setOpen(false) };
}
