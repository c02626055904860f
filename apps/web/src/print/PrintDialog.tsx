import { type BoardRef, printedLink } from '@avaa/protocol';
import { lazy, Suspense, useState } from 'react';
import type * as Y from 'yjs';
import { useJoinLink } from '../access/useJoinLink.ts';
import { WideDialog } from '../app/WideDialog.tsx';
import { useLanguage } from '../i18n/index.ts';
import { usePrintT } from '../i18n/print/index.ts';
import { PaperToBoard } from '../photoImport/PaperToBoard.tsx';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { PrintLanguage } from './PrintLanguage.tsx';
import { PrintOptions } from './PrintOptions.tsx';
import { PrintPreview } from './PrintPreview/PrintPreview.tsx';
import { DEFAULT_CHOICE, type PrintChoice } from './printChoice.ts';
import './print.css';

// Data export and import are the facilitator's: loaded for them only, like the plenary tools.
const DataSection = lazy(() => import('./DataSection.tsx').then((m) => ({ default: m.DataSection })));

type Props = { doc: Y.Doc; board: BoardRef; title: string; canPhotograph: boolean; onClose: () => void };

/**
 * The print and export dialog: a modal `<dialog>` (the browser keeps focus inside it and
 * Escape closes it); the opener takes focus back on close.
 */
export function PrintDialog({ doc, board, title, canPhotograph, onClose }: Props) {
  const t = usePrintT();
  const workshop = useWorkshop();
  const [choice, setChoice] = useState<PrintChoice>(DEFAULT_CHOICE);
  // The UI language first: a Swedish reader of a Finnish workshop prints in Swedish.
  const [language, setLanguage] = useState(useLanguage());
  // The blank template's QR code: the participant link, so a fresh phone can join with it, naming
  // this board (a photo of the printout is read onto this board only).
  const joinLink = useJoinLink();
  const boardName = board.kind === 'group' ? `group-${board.group}` : 'plenary';
  return (
    <WideDialog
      className="print-dialog"
      headingId="print-heading"
      heading={t('print.heading')}
      closeLabel={t('print.close')}
      onClose={onClose}
    >
      <div className="print-dialog__body">
        <div>
          <PrintOptions choice={choice} onChange={setChoice} />
          <PrintLanguage language={language} onChange={setLanguage} />
          {canPhotograph && <PaperToBoard />}
        </div>
        <PrintPreview
          doc={doc}
          workshopDoc={workshop.doc}
          choice={choice}
          language={language}
          title={title}
          boardName={boardName}
          url={printedLink(joinLink, board)}
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
    </WideDialog>
  );
}
