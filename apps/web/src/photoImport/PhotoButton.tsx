import { lazy, Suspense } from 'react';
import { useDialogOpener } from '../app/useDialogOpener.ts';
import { useT } from '../i18n/index.ts';

// The dialog, the review and the queue load only when someone opens it.
const PhotoDialog = lazy(() => import('./PhotoDialog.tsx').then((m) => ({ default: m.PhotoDialog })));

/**
 * "Valokuvaa paperitaulukko", for whoever may write the board now: in the print dialog, and on a
 * phone also in the header's menu (`phoneOnly`: hidden at laptop widths, workshop.css).
 */
export function PhotoButton({ phoneOnly = false }: { phoneOnly?: boolean }) {
  const t = useT();
  const { open, button, show, close } = useDialogOpener();
  return (
    <>
      <button
        ref={button}
        type="button"
        className={phoneOnly ? 'photo-button photo-button--phone' : 'photo-button'}
        aria-haspopup="dialog"
        onClick={show}
      >
        {t('photo.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PhotoDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
