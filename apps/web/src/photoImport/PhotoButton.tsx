import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/index.ts';

// The dialog, the review and the queue load only when someone opens it.
const PhotoDialog = lazy(() => import('./PhotoDialog.tsx').then((m) => ({ default: m.PhotoDialog })));

/**
 * "Valokuvaa paperitaulukko", for whoever may write the board now: in the print dialog, and on a
 * phone also in the header's menu (`phoneOnly`: hidden at laptop widths, workshop.css).
 */
export function PhotoButton({ phoneOnly = false }: { phoneOnly?: boolean }) {
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
      <button
        ref={button}
        type="button"
        className={phoneOnly ? 'photo-button photo-button--phone' : 'photo-button'}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
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
