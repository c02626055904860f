import { type BlankOptions, renderBlankTemplate } from './blank/renderBlank.ts';
import { renderNoteCards } from './cards/noteCards.ts';
import { renderProcessCards } from './cards/processCards.ts';
import { renderPathLanes } from './paths/renderPathLanes.ts';
import { renderPathSheets } from './paths/renderPathSheets.ts';
import { renderPoster } from './poster/renderPoster.ts';
import type { PrintableBoard, PrintFonts } from './printable.ts';
import { renderTable } from './table/renderTable.ts';

export {
  agreementsFromDoc,
  boardPrintOptions,
  closedVoteCounts,
  latestRound,
} from './agreements/fromWorkshopDoc.ts';
export { renderAgreements } from './agreements/renderAgreements.ts';
export { type BlankOptions, renderBlankTemplate } from './blank/renderBlank.ts';
export { NOTE_CARD_GRID, renderNoteCards } from './cards/noteCards.ts';
export { type ProcessCardOptions, processCardGrid, renderProcessCards } from './cards/processCards.ts';
export { cardsPerSheet } from './cards/sheetGrid.ts';
export { type PrintableThread, threadsFromDoc } from './comments/printableComments.ts';
export { type FromDocOptions, printableFromDoc } from './fromDoc.ts';
export { labelsFor, type PrintLabels } from './labels.ts';
export * from './paper.ts';
export { pathLabelsFor } from './paths/pathLabels.ts';
export { type PrintablePath, type PrintableStep, pathsFromDoc } from './paths/printablePaths.ts';
export { renderPathLanes } from './paths/renderPathLanes.ts';
export { type PathPrintOptions, renderPathSheets } from './paths/renderPathSheets.ts';
export { type PosterOptions, renderPoster } from './poster/renderPoster.ts';
export { type Tiling, tilePoster } from './poster/tiles.ts';
export type {
  PrintableAgreement,
  PrintableAgreements,
  PrintableBoard,
  PrintableImage,
  PrintableNote,
  PrintableRound,
  PrintFonts,
} from './printable.ts';
export { withNoteImages } from './printable.ts';
export { renderTable, type TableOptions } from './table/renderTable.ts';

/** Every printable of a board, as the print dialog and `GET .../export?format=pdf&kind=` name them. */
export type BoardPrintRequest =
  | {
      readonly kind: 'table';
      readonly paper: 'A4' | 'A3' | 'A2' | 'A1';
      readonly paths?: boolean;
      readonly comments?: boolean;
    }
  | { readonly kind: 'poster'; readonly poster: 'A0' | 'A1' | 'A2'; readonly sheet: 'A4' | 'A3' }
  | { readonly kind: 'cards'; readonly card: 'A5' | 'A6' }
  | { readonly kind: 'notecards' }
  | ({ readonly kind: 'blank' } & Omit<BlankOptions, 'language' | 'title' | 'date'>)
  | { readonly kind: 'paths'; readonly layout: PathLayout; readonly paper: 'A4' | 'A3' };

/** The service paths: a sheet per path, or the path view of all paths as lanes. */
export type PathLayout = 'sheets' | 'lanes';
export const PATH_LAYOUTS: readonly PathLayout[] = ['sheets', 'lanes'];

/**
 * Everything the print dialog and the export offer: a board's printables, and the agreements
 * memo, which is the workshop's (the same from every board) and renders with `renderAgreements`.
 */
export type PrintRequest = BoardPrintRequest | { readonly kind: 'agreements' };

/** One entry point for the browser's download and the server's export: a request in, PDF bytes out. */
export function renderPrintable(board: PrintableBoard, request: BoardPrintRequest, fonts: PrintFonts): Uint8Array {
  switch (request.kind) {
    case 'table':
      return renderTable(board, request, fonts);
    case 'poster':
      return renderPoster(board, request, fonts);
    case 'cards':
      return renderProcessCards(board, request, fonts);
    case 'notecards':
      return renderNoteCards(board, fonts);
    case 'blank':
      return renderBlankTemplate(
        { language: board.language, title: board.title, date: board.date, paper: request.paper, url: request.url },
        fonts,
      );
    case 'paths':
      return request.layout === 'sheets'
        ? renderPathSheets(board, request, fonts)
        : renderPathLanes(board, request, fonts);
  }
}
export {
  IMAGE_WIDTH,
  MAX_PIXELS,
  MIN_NOTE_PX,
  renderTableSvg,
  type TableImage,
  type TableImageOptions,
} from './image/tableImage.ts';
