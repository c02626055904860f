import { CELL_IDS, DIMENSION_IDS, PHASE_IDS, parseCellId } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import { labelsFor, type PrintLabels } from '../labels.ts';
import { landscape, type PaperName, paperScale } from '../paper.ts';
import { addPage, createDocument, toBytes, useFont } from '../pdf/document.ts';
import { drawNote } from '../pdf/noteBlock.ts';
import type { PrintableBoard, PrintFonts } from '../printable.ts';
import { drawFrame, type FrameText } from './frame.ts';
import { cellRect, type Rect, tableGeometry } from './geometry.ts';
import { continuationSize, planTable, type SizeRange, sizeRange, type TablePlan } from './plan.ts';

export type TableOptions = { readonly paper: 'A4' | 'A3' | 'A2' | 'A1' };

/** "Yhteinen taulukko · Kierros 2 · 24.11.2026" */
export function boardDetails(board: PrintableBoard, labels: PrintLabels): string {
  return [board.boardLabel, board.round ?? '', labels.date(board.date)].filter((s) => s !== '').join(' · ');
}

export function frameText(board: PrintableBoard, labels: PrintLabels, page: number, pages: number): FrameText {
  return {
    title: board.title,
    details: boardDetails(board, labels),
    footerLeft: `${labels.table} · Avaa`,
    footerRight: labels.page(page, pages),
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function drawCells(doc: jsPDF, plan: TablePlan, page: number, labels: PrintLabels, visible?: Rect): void {
  const g = plan.geometry;
  for (const cell of CELL_IDS) {
    const { phase, dimension } = parseCellId(cell);
    const rect = cellRect(g, PHASE_IDS.indexOf(phase), DIMENSION_IDS.indexOf(dimension));
    const pages = plan.cells.get(cell) ?? [];
    for (const placed of pages[page] ?? []) {
      const x = rect.x + g.pad + placed.x;
      const y = rect.y + g.pad + placed.y;
      if (visible && !overlaps(visible, { x, y, width: placed.block.width, height: placed.block.height })) continue;
      drawNote(doc, placed.block, x, y);
    }
    if (page < pages.length - 1) {
      useFont(doc, continuationSize(g), 'bold', 40);
      const y = rect.y + rect.height - g.pad;
      doc.text(labels.continues, rect.x + rect.width - g.pad, y, { baseline: 'bottom', align: 'right' });
    }
  }
}

/**
 * One page of a planned table, drawn at the page's origin (the poster moves it with a
 * transform). Notes outside `visible` are left out: a poster sheet shows a twenty-fifth of the
 * table, and drawing the rest only to clip it away made posters 25 times bigger.
 */
export function drawTablePage(doc: jsPDF, board: PrintableBoard, plan: TablePlan, page: number, visible?: Rect): void {
  const labels = labelsFor(board.language);
  const g = plan.geometry;
  drawFrame(doc, g, board.language, frameText(board, labels, page + 1, plan.pageCount));
  drawCells(doc, plan, page, labels, visible);
}

/** The table laid out for `paper` (landscape); `doc` is only used to measure text. */
export function layoutTable(
  doc: jsPDF,
  board: PrintableBoard,
  paper: PaperName,
  range: (scale: number) => SizeRange = sizeRange,
): TablePlan {
  const g = tableGeometry(landscape(paper), paperScale(paper));
  return planTable(doc, board, labelsFor(board.language), g, range(g.scale));
}

/** The customer-process table as a PDF: headers, title and page numbers on every page. */
export function renderTable(board: PrintableBoard, options: TableOptions, fonts: PrintFonts): Uint8Array {
  const labels = labelsFor(board.language);
  const page = landscape(options.paper);
  const doc = createDocument(fonts, page, `${board.title} – ${labels.table}`, board.language);
  const plan = layoutTable(doc, board, options.paper);
  for (let p = 0; p < plan.pageCount; p++) {
    if (p > 0) addPage(doc, page);
    drawTablePage(doc, board, plan, p);
  }
  return toBytes(doc);
}
