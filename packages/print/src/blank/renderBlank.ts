import { cellId, DIMENSIONS, type Language, PHASES } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import { labelsFor } from '../labels.ts';
import { drawSheetMarkers } from '../markers/draw.ts';
import { printoutLayout } from '../markers/layout.ts';
import { landscape, paperScale } from '../paper.ts';
import { createDocument, fitLine, toBytes, useFont } from '../pdf/document.ts';
import { addElement } from '../pdf/structureTree.ts';
import { documentElement, tagged } from '../pdf/tagging.ts';
import type { PrintFonts } from '../printable.ts';
import { drawFrame, fitText } from '../table/frame.ts';
import { cellRect, inset, qrRect, type TableGeometry, tableGeometry } from '../table/geometry.ts';
import { type TableTags, tableTags } from '../table/tableTags.ts';
import { drawQrCode } from './qr.ts';

export type BlankOptions = {
  readonly language: Language;
  readonly paper: 'A4' | 'A3' | 'A2' | 'A1';
  /** The board's address, printed as a QR code and as text. */
  readonly url: string;
  readonly title?: string;
  readonly date?: string;
};

/**
 * Each cell's prompt (its dimension's question, then its phase's prompt) in grey at the top,
 * room to write below; in the structure two paragraphs of the cell.
 */
function drawPrompts(doc: jsPDF, g: TableGeometry, language: Language, tags: TableTags): void {
  DIMENSIONS.forEach((dimension, row) => {
    PHASES.forEach((phase, column) => {
      const cell = tags.cells.get(cellId(phase.id, dimension.id));
      const box = inset(cellRect(g, column, row), g.pad);
      const size = 6.5 * g.scale;
      const question = cell && addElement(cell, 'P');
      const used = fitText(
        doc,
        question,
        dimension.question[language],
        { ...box, height: box.height * 0.3 },
        size,
        'bold',
        90,
      );
      const below = { ...box, y: box.y + used + g.pad * 0.5, height: box.height * 0.45 - used };
      fitText(doc, cell && addElement(cell, 'P'), phase.prompt[language], below, size, 'normal', 110);
    });
  });
}

/** The blank template's page: the phase header row is taller, for a QR code large enough to scan. */
export function blankGeometry(paper: BlankOptions['paper']): TableGeometry {
  return tableGeometry(landscape(paper), paperScale(paper), 24);
}

/** The empty table with every cell's prompt and a QR code to the board, for paper and flip-chart work. */
export function renderBlankTemplate(options: BlankOptions, fonts: PrintFonts): Uint8Array {
  const labels = labelsFor(options.language);
  const page = landscape(options.paper);
  const title = options.title ?? labels.table;
  const doc = createDocument(fonts, page, `${title} – ${labels.blankTemplate}`, options.language);
  const g = blankGeometry(options.paper);
  const details = [labels.blankTemplate, options.date ? labels.date(options.date) : ''].filter((s) => s !== '');
  const root = documentElement(doc);
  const tags = tableTags(root);
  const text = {
    title,
    details: details.join(' · '),
    footerLeft: `${labels.table} · Avaa`,
    footerRight: labels.page(1, 1),
  };
  drawFrame(doc, g, options.language, text, tags, false);
  drawPrompts(doc, g, options.language, tags);
  const qr = qrRect(g);
  const scan = `${labels.scan}: ${options.url}`;
  tagged(doc, addElement(root, 'Figure', { alt: scan }), () => drawQrCode(doc, options.url, qr.x, qr.y, qr.width));
  useFont(doc, 7 * g.scale, 'normal', 40);
  const link = fitLine(doc, scan, g.page.width / 2);
  tagged(
    doc,
    addElement(root, 'P'),
    () =>
      doc.text(link, g.page.width / 2, g.page.height - g.margin - 3 * g.scale, { baseline: 'top', align: 'center' }),
    scan,
  );
  drawSheetMarkers(doc, printoutLayout({ kind: 'blank', paper: options.paper }).sheets[0]!);
  return toBytes(doc);
}
