import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/index.ts';

// The dialog, the review and the queue load only when someone opens it.
const PhotoDialog = lazy(() => import('./PhotoDialog.tsx').then((m) => ({ default: m.PhotoDialog })));

/** "Valokuvaa paperitaulukko" in a board's header, for whoever may write the board now. */
export function PhotoButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus returns to the opener once the modal dialog is gone (while it is open the page is inert).
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button ref={button} type="button" className="photo-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('photo.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PhotoDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
