import { type BallotEntry, type BoardDocs, exportCsv, exportMarkdown, exportWorkshop } from '@avaa/board-model';
import {
  agreementsFromDoc,
  type BoardPrintRequest,
  boardPrintOptions,
  type PrintableBoard,
  printableFromDoc,
  renderAgreements,
  renderPrintable,
  withNoteImages,
} from '@avaa/print';
import { loadFonts } from '@avaa/print/node';
import type { DataFormat } from '@avaa/protocol';
import * as Y from 'yjs';
import { type BoardImages, type StoredImageOf, withImages } from './imageExchange.ts';
import { renderWorkbook } from './workbook.ts';

/** A room as updates to apply in order (its stored snapshot and log, or a live document's state). */
export type RoomUpdates = readonly Uint8Array[];

/** Every room of a workshop, read on the event loop (rooms/readRooms.ts `roomStates`). */
export type DataExportInput = {
  readonly format: DataFormat;
  readonly workshop: Uint8Array;
  readonly plenary: RoomUpdates;
  readonly groups: readonly (readonly [number, RoomUpdates])[];
  /** The common table's ballots, for named votes' dots by person (never in a document). */
  readonly ballots: readonly BallotEntry[];
  /** The boards' stored images, for the JSON export (imageExchange.ts). */
  readonly images?: BoardImages;
};

export type PdfInput = {
  readonly workshop: Uint8Array;
  /** The board to print; absent for the agreements memo (the workshop's). */
  readonly board?: { readonly updates: RoomUpdates; readonly request: BoardPrintRequest };
  /** `YYYY-MM-DD`, printed in the header. */
  readonly date: string;
  /** The board's stored images, printed on their notes. */
  readonly images?: readonly StoredImageOf[];
};

function docOf(updates: Uint8Array | RoomUpdates): Y.Doc {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const update of updates instanceof Uint8Array ? [updates] : updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

/** The workshop as versioned JSON, CSV or Markdown text (UTF-8), or an .xlsx workbook. */
export async function renderDataExport(input: DataExportInput): Promise<Uint8Array> {
  const boards: BoardDocs = {
    plenary: docOf(input.plenary),
    groups: new Map(input.groups.map(([number, state]) => [number, docOf(state)])),
    ballots: input.ballots,
  };
  const exported = exportWorkshop(docOf(input.workshop), boards);
  const docs = new Map<'plenary' | number, Y.Doc>([['plenary', boards.plenary], ...boards.groups]);
  const data = input.format === 'json' ? withImages(exported, docs, input.images ?? []) : exported;
  if (input.format === 'xlsx') return renderWorkbook(data);
  if (input.format === 'csv') return Buffer.from(exportCsv(data), 'utf8');
  if (input.format === 'md') return Buffer.from(exportMarkdown(data), 'utf8');
  return Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
}

/** A board's printable, or the agreements memo, as PDF bytes. */
export async function renderPdf(input: PdfInput): Promise<Uint8Array> {
  const fonts = await loadFonts();
  const workshopDoc = docOf(input.workshop);
  if (!input.board) {
    const memo = agreementsFromDoc(workshopDoc, { date: input.date });
    if (!memo) throw new Error('workshop without metadata');
    return renderAgreements(memo, fonts);
  }
  const board = printableBoard(workshopDoc, input.board.updates, input.date);
  const images = new Map(
    (input.images ?? []).map((image) => [
      image.id,
      {
        data: image.bytes,
        format: image.type === 'image/png' ? 'PNG' : 'JPEG',
        width: image.width,
        height: image.height,
      } as const,
    ]),
  );
  return renderPrintable(withNoteImages(board, images), input.board.request, fonts);
}

/** A board as the printables take it, with the latest round's name and the latest closed vote's dots. */
export function printableBoard(workshop: Uint8Array | Y.Doc, updates: RoomUpdates, date: string): PrintableBoard {
  const workshopDoc = workshop instanceof Y.Doc ? workshop : docOf(workshop);
  const boardDoc = docOf(updates);
  const board = printableFromDoc(boardDoc, boardPrintOptions(workshopDoc, boardDoc, date));
  if (!board) throw new Error('board without metadata');
  return board;
}
