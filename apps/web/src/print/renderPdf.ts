import type { Language } from '@avaa/board-model';
import type { PrintFonts, PrintRequest } from '@avaa/print';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type * as Y from 'yjs';

// The fonts are Vite assets, served by our own server: no request leaves it. They are fetched
// the first time the dialog needs them and kept for the tab's lifetime.
let fonts: Promise<PrintFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadFonts(): Promise<PrintFonts> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

/**
 * The PDF from the live documents: a board's printables with the latest round's name and the
 * latest closed vote's dots, or the workshop's agreements memo. `@avaa/print` (and jsPDF with
 * it) is imported here, on demand, so the app's first load does not carry the renderer.
 */
export async function renderBoardPdf(
  doc: Y.Doc,
  workshopDoc: Y.Doc,
  request: PrintRequest,
  date: string,
  language: Language,
): Promise<Blob | null> {
  const [print, loaded] = await Promise.all([import('@avaa/print'), loadFonts()]);
  let bytes: Uint8Array;
  if (request.kind === 'agreements') {
    const memo = print.agreementsFromDoc(workshopDoc, { date, language });
    if (!memo) return null;
    bytes = print.renderAgreements(memo, loaded);
  } else {
    const board = print.printableFromDoc(doc, { ...print.boardPrintOptions(workshopDoc, doc, date), language });
    if (!board) return null;
    bytes = print.renderPrintable(board, request, loaded);
  }
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
