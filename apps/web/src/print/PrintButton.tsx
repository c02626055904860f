import type { BoardRef } from '@avaa/protocol';
import { lazy, Suspense } from 'react';
import type * as Y from 'yjs';
import { useDialogOpener } from '../app/useDialogOpener.ts';
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
  const { open, button, show, close } = useDialogOpener();
  return (
    <>
      <button ref={button} type="button" className="print-button" aria-haspopup="dialog" onClick={show}>
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
