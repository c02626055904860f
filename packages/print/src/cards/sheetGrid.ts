import type { jsPDF } from 'jspdf';
import type { Size } from '../paper.ts';
import { artifact } from '../pdf/tagging.ts';
import type { Rect } from '../table/geometry.ts';

/** Cards laid out on an A4 sheet: `columns` x `rows` equal slots, each card inset in its slot. */
export type SheetGrid = {
  readonly sheet: Size;
  readonly columns: number;
  readonly rows: number;
  /** Space between a card's edge and its slot's: room for the cut marks and the printer's margin. */
  readonly inset: number;
};

export function cardsPerSheet(grid: SheetGrid): number {
  return grid.columns * grid.rows;
}

/** The card in slot `index` (row by row), edge to edge. */
export function cardRect(grid: SheetGrid, index: number): Rect {
  const width = grid.sheet.width / grid.columns;
  const height = grid.sheet.height / grid.rows;
  const column = index % grid.columns;
  const row = Math.floor(index / grid.columns) % grid.rows;
  return {
    x: column * width + grid.inset,
    y: row * height + grid.inset,
    width: width - 2 * grid.inset,
    height: height - 2 * grid.inset,
  };
}

/** Short lines out from each card corner, stopping short of the card so no mark shows after cutting. */
export function drawCutMarks(doc: jsPDF, card: Rect): void {
  const gap = 1;
  const length = 3;
  artifact(doc, () => {
    doc.setDrawColor(0, 0, 0);
    doc.setLineWidth(0.15);
    doc.setLineDashPattern([], 0);
    for (const x of [card.x, card.x + card.width]) {
      for (const y of [card.y, card.y + card.height]) {
        const outX = x === card.x ? -1 : 1;
        const outY = y === card.y ? -1 : 1;
        doc.line(x + outX * gap, y, x + outX * (gap + length), y);
        doc.line(x, y + outY * gap, x, y + outY * (gap + length));
      }
    }
  });
}

/** A thin frame: cards are cut on the marks, the frame only helps the eye. */
export function drawCardFrame(doc: jsPDF, card: Rect): void {
  artifact(doc, () => {
    doc.setDrawColor(170, 170, 170);
    doc.setLineWidth(0.15);
    doc.rect(card.x, card.y, card.width, card.height, 'S');
  });
}
