import { CELL_IDS, type CellId, DIMENSION_IDS, parseCellId } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import type { PrintLabels } from '../labels.ts';
import { lineHeight, PT } from '../pdf/document.ts';
import { measureNoteToFit, type NoteBlock } from '../pdf/noteBlock.ts';
import type { PrintableBoard } from '../printable.ts';
import { flow, heightForOnePage, pagesOf } from './flow.ts';
import { type TableGeometry, withRowHeights } from './geometry.ts';
import { allocateRows } from './rows.ts';

/** A note placed in a cell: (x, y) from the top-left of the cell's inner area. */
export type PlacedNote = { readonly block: NoteBlock; readonly x: number; readonly y: number };

export type TablePlan = {
  readonly size: number;
  readonly pageCount: number;
  /** Per cell, per page, the notes on that page. */
  readonly cells: ReadonlyMap<CellId, readonly (readonly PlacedNote[])[]>;
  /** The page with the rows' heights this plan gives them. */
  readonly geometry: TableGeometry;
};

/** No row is ever less than this share of the grid: an empty row still has room to write in. */
const ROW_FLOOR = 0.2;

export type SizeRange = { readonly min: number; readonly max: number };

/** Type range for the notes: 6-10 pt on A4, growing with the paper (an A1 wall print: 8.5-28 pt). */
export function sizeRange(scale: number): SizeRange {
  return { min: Math.max(6, 3 * scale), max: 10 * scale };
}

/**
 * A poster goes smaller before it continues: a second A0 means another 25 sheets to glue, and
 * the wall is read from close up (8-40 pt on A0, 6-28 pt on A1).
 */
export function posterSizeRange(scale: number): SizeRange {
  return { min: Math.max(6, 2 * scale), max: 10 * scale };
}

/** The size of the "continues on the next page" line at the foot of a cell. */
export function continuationSize(g: TableGeometry): number {
  return 5.5 * g.scale;
}

/** How many note columns a cell has: a note is at least ~13 ems wide so its lines stay readable. */
function noteColumns(g: TableGeometry, size: number): number {
  const inner = g.cellWidth - 2 * g.pad;
  const minimum = size * PT * 13;
  return Math.max(1, Math.floor((inner + g.pad) / (minimum + g.pad)));
}

/** A cell's flowed notes as pages of placed notes. */
function toPages(blocks: readonly NoteBlock[], columns: number, usable: number, pad: number): PlacedNote[][] {
  const placed = flow(blocks, columns, usable, pad);
  const pages: PlacedNote[][] = Array.from({ length: pagesOf(placed) }, () => []);
  for (const { item, page, column, y } of placed) {
    pages[page]!.push({ block: item, x: column * (item.width + pad), y });
  }
  return pages;
}

/** Room for notes in a row of `height`: less padding and the "continues" line at its foot. */
function usableHeight(g: TableGeometry, height: number): number {
  return height - 2 * g.pad - lineHeight(continuationSize(g));
}

/** The table laid out with notes at `size` pt, rows shared by what they hold. */
export function planAt(
  doc: jsPDF,
  board: PrintableBoard,
  labels: PrintLabels,
  g0: TableGeometry,
  size: number,
): TablePlan {
  const columns = noteColumns(g0, size);
  const width = (g0.cellWidth - 2 * g0.pad - (columns - 1) * g0.pad) / columns;
  const total = g0.cellHeight * DIMENSION_IDS.length;
  const overhead = g0.cellHeight - usableHeight(g0, g0.cellHeight);
  const blocksByCell = new Map<CellId, NoteBlock[]>();
  const need = DIMENSION_IDS.map(() => 0);
  const floors = DIMENSION_IDS.map(() => total * ROW_FLOOR);
  for (const cell of CELL_IDS) {
    const notes = board.cells[cell] ?? [];
    // A note may be as tall as an equal share of the grid; only a taller one is set smaller.
    const fit = usableHeight(g0, g0.cellHeight);
    const blocks = notes.map((note) => measureNoteToFit(doc, note, labels, size, width, fit));
    blocksByCell.set(cell, blocks);
    const row = DIMENSION_IDS.indexOf(parseCellId(cell).dimension);
    need[row] = Math.max(need[row]!, heightForOnePage(blocks, columns, g0.pad) + overhead);
    for (const block of blocks) floors[row] = Math.max(floors[row]!, block.height + overhead);
  }
  const geometry = withRowHeights(g0, allocateRows(need, total, floors));
  const cells = new Map<CellId, PlacedNote[][]>();
  let pageCount = 1;
  for (const [cell, blocks] of blocksByCell) {
    const row = DIMENSION_IDS.indexOf(parseCellId(cell).dimension);
    const pages = toPages(blocks, columns, usableHeight(geometry, geometry.rowHeights[row]!), g0.pad);
    cells.set(cell, pages);
    pageCount = Math.max(pageCount, pages.length);
  }
  return { size, pageCount, cells, geometry };
}

/**
 * Type sized to fit: the largest size in the paper's range at which the whole table fits on
 * one page; when even the smallest does not fit, the smallest, and the table continues over
 * further pages. Found by bisection to a quarter point.
 */
export function planTable(
  doc: jsPDF,
  board: PrintableBoard,
  labels: PrintLabels,
  g: TableGeometry,
  range: SizeRange = sizeRange(g.scale),
): TablePlan {
  const { min, max } = range;
  const smallest = planAt(doc, board, labels, g, min);
  if (smallest.pageCount > 1) return smallest;
  const largest = planAt(doc, board, labels, g, max);
  if (largest.pageCount === 1) return largest;
  let best = smallest;
  let low = min;
  let high = max;
  while (high - low > 0.25) {
    const mid = Math.round(((low + high) / 2) * 4) / 4;
    if (mid <= low || mid >= high) break;
    const plan = planAt(doc, board, labels, g, mid);
    if (plan.pageCount === 1) [best, low] = [plan, mid];
    else high = mid;
  }
  // The number of note columns changes with the size, so fit is not quite monotonic: try a
  // few whole points above the bisection's answer too.
  for (let size = Math.min(max, low + 3); size > low; size -= 1) {
    const plan = planAt(doc, board, labels, g, size);
    if (plan.pageCount === 1) return plan;
  }
  return best;
}
