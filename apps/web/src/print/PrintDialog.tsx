import type { BoardRef } from '@avaa/protocol';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useJoinLink } from '../access/useJoinLink.ts';
import { useLanguage } from '../i18n/index.ts';
import { usePrintT } from '../i18n/print/index.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { PrintLanguage } from './PrintLanguage.tsx';
import { PrintOptions } from './PrintOptions.tsx';
import { PrintPreview } from './PrintPreview/PrintPreview.tsx';
import { DEFAULT_CHOICE, type PrintChoice } from './printChoice.ts';
import './print.css';

// Data export and import are the facilitator's: loaded for them only, like the plenary tools.
const DataSection = lazy(() => import('./DataSection.tsx').then((m) => ({ default: m.DataSection })));

type Props = { doc: Y.Doc; board: BoardRef; title: string; onClose: () => void };

/**
 * The print and export dialog: a modal `<dialog>` (the browser keeps focus inside it and
 * Escape closes it); the opener takes focus back on close.
 */
export function PrintDialog({ doc, board, title, onClose }: Props) {
  const t = usePrintT();
  const workshop = useWorkshop();
  const dialog = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<PrintChoice>(DEFAULT_CHOICE);
  // The UI language first: a Swedish reader of a Finnish workshop prints in Swedish.
  const [language, setLanguage] = useState(useLanguage());
  // The blank template's QR code: the participant link, so a fresh phone can join with it.
  const joinLink = useJoinLink();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const boardName = board.kind === 'group' ? `group-${board.group}` : 'plenary';
  return (
    <dialog
      ref={dialog}
      className="print-dialog"
      aria-labelledby="print-heading"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="print-dialog__head">
        <h2 id="print-heading">{t('print.heading')}</h2>
        <button type="button" className="button--quiet" onClick={onClose}>
          {t('print.close')}
        </button>
      </div>
      <div className="print-dialog__body">
        <div>
          <PrintOptions choice={choice} onChange={setChoice} />
          <PrintLanguage language={language} onChange={setLanguage} />
        </div>
        <PrintPreview
          doc={doc}
          workshopDoc={workshop.doc}
          choice={choice}
          language={language}
          title={title}
          boardName={boardName}
          url={joinLink}
        />
      </div>
      {isFacilitator(workshop) && (
        <Suspense fallback={null}>
          <DataSection
            workshopId={workshop.workshopId}
            token={workshop.token}
            title={workshop.state.meta?.title ?? ''}
          />
        </Suspense>
      )}
    </dialog>
  );
}
