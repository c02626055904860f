import type { BoardRef } from '@avaa/protocol';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useT } from '../i18n/index.ts';

// The dialog, the renderer, jsPDF and the fonts load only when someone opens it.
const PrintDialog = lazy(() => import('./PrintDialog.tsx').then((m) => ({ default: m.PrintDialog })));

type Props = {
  doc: Y.Doc;
  board: BoardRef;
  title: string;
  /** Whether the dialog offers photographing a paper table onto this board (who may write it now). */
  canPhotograph: boolean;
};

/** "Tulosta / vie" in a board's header: everyone may print the board they see. */
export function PrintButton({ doc, board, title, canPhotograph }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus returns to the opener once the modal dialog is gone (while it is open the page is inert).
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = () => setOpen(false);
  return (
    <>
      <button ref={button} type="button" className="print-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('print.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PrintDialog doc={doc} board={board} title={title} canPhotograph={canPhotograph} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
