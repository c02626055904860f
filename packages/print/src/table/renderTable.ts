import { CELL_IDS, DIMENSION_IDS, PHASE_IDS, parseCellId } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import { drawComments } from '../comments/drawComments.ts';
import { labelsFor, type PrintLabels } from '../labels.ts';
import { drawSheetMarkers } from '../markers/draw.ts';
import { printoutLayout } from '../markers/layout.ts';
import { landscape, type PaperName, paperScale } from '../paper.ts';
import { drawPathLegend, withPathMarks } from '../paths/tableLegend.ts';
import { addPage, createDocument, toBytes, useFont } from '../pdf/document.ts';
import { drawNote } from '../pdf/noteBlock.ts';
import type { StructElement } from '../pdf/structureTree.ts';
import { artifact, documentElement } from '../pdf/tagging.ts';
import type { PrintableBoard, PrintFonts } from '../printable.ts';
import { drawFrame, type FrameTags, type FrameText } from './frame.ts';
import {
  cellRect,
  dimensionRect,
  overlaps,
  phaseRect,
  type Rect,
  type TableGeometry,
  tableGeometry,
} from './geometry.ts';
import { continuationSize, planTable, type SizeRange, sizeRange, type TablePlan } from './plan.ts';
import { addNotes, claim, type TableTags, tableTags } from './tableTags.ts';

export type TableOptions = {
  readonly paper: 'A4' | 'A3' | 'A2' | 'A1';
  /** Draw the service paths over the table: numbered marks on the notes they use, and a legend. */
  readonly paths?: boolean;
  /** List the notes' comments after the table (and its paths' legend). */
  readonly comments?: boolean;
};

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

/**
 * A poster sheet's part of the table: what it shows, and which pieces are content on it. A
 * piece drawn on several sheets is content on one, its home sheet, and an artifact elsewhere.
 */
export type SheetView = { readonly visible: Rect; readonly owns: (rect: Rect) => boolean };

function drawCells(
  doc: jsPDF,
  plan: TablePlan,
  page: number,
  labels: PrintLabels,
  tags: TableTags,
  view?: SheetView,
): void {
  const g = plan.geometry;
  for (const cell of CELL_IDS) {
    const { phase, dimension } = parseCellId(cell);
    const rect = cellRect(g, PHASE_IDS.indexOf(phase), DIMENSION_IDS.indexOf(dimension));
    const pages = plan.cells.get(cell) ?? [];
    for (const placed of pages[page] ?? []) {
      const x = rect.x + g.pad + placed.x;
      const y = rect.y + g.pad + placed.y;
      const box = { x, y, width: placed.block.width, height: placed.block.height };
      if (view && !overlaps(view.visible, box)) continue;
      const item = tags.notes.get(placed.block.note);
      drawNote(doc, placed.block, x, y, item && (!view || view.owns(box)) ? claim(tags, item) : undefined);
    }
    if (page < pages.length - 1) {
      // Pagination: the list goes on in the same cell of the structure, on the next page.
      artifact(doc, () => {
        useFont(doc, continuationSize(g), 'bold', 40);
        const y = rect.y + rect.height - g.pad;
        doc.text(labels.continues, rect.x + rect.width - g.pad, y, { baseline: 'bottom', align: 'right' });
      });
    }
  }
}

/** The table's structure with its notes, under the document's root. */
export function tableStructure(doc: jsPDF, board: PrintableBoard): TableTags {
  const tags = tableTags(documentElement(doc));
  addNotes(tags, board.cells);
  return tags;
}

/**
 * The frame's words as content the first time they are drawn (on a poster: on their home
 * sheet), as artifacts on later pages.
 */
function frameTags(tags: TableTags, g: TableGeometry, view?: SheetView): FrameTags {
  const take = (element: StructElement, rect: Rect) => (!view || view.owns(rect) ? claim(tags, element) : undefined);
  const band = { x: g.margin, y: g.margin, width: (g.page.width - 2 * g.margin) / 2, height: g.titleHeight };
  return {
    title: take(tags.title, band),
    details: take(tags.details, { ...band, x: band.x + band.width }),
    phases: tags.phases.map((header, column) => take(header, phaseRect(g, column))),
    dimensions: tags.dimensions.map((header, row) => take(header, dimensionRect(g, row))),
  };
}

/**
 * One page of a planned table, drawn at the page's origin (the poster moves it with a
 * transform). Notes outside `view.visible` are left out: a poster sheet shows a twenty-fifth of the
 * table, and drawing the rest only to clip it away made posters 25 times bigger. What `tags`
 * has already had drawn (a header on page 2, a note in a poster's overlap) is an artifact.
 */
export function drawTablePage(
  doc: jsPDF,
  board: PrintableBoard,
  plan: TablePlan,
  page: number,
  tags: TableTags,
  view?: SheetView,
): void {
  const labels = labelsFor(board.language);
  const g = plan.geometry;
  drawFrame(doc, g, board.language, frameText(board, labels, page + 1, plan.pageCount), frameTags(tags, g, view));
  drawCells(doc, plan, page, labels, tags, view);
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
export function renderTable(printable: PrintableBoard, options: TableOptions, fonts: PrintFonts): Uint8Array {
  const board = options.paths ? withPathMarks(printable) : printable;
  const labels = labelsFor(board.language);
  const page = landscape(options.paper);
  const doc = createDocument(fonts, page, `${board.title} – ${labels.table}`, board.language);
  const plan = layoutTable(doc, board, options.paper);
  const tags = tableStructure(doc, board);
  for (let p = 0; p < plan.pageCount; p++) {
    if (p > 0) addPage(doc, page);
    drawTablePage(doc, board, plan, p, tags);
    drawSheetMarkers(doc, printoutLayout({ kind: 'table', paper: options.paper }, plan.geometry.rowHeights).sheets[0]!);
  }
  if (options.paths) drawPathLegend(doc, board, options.paper);
  if (options.comments) drawComments(doc, board, options.paper);
  return toBytes(doc);
}
