import type { CellId } from '@avaa/board-model';

/** A cell's controls that focus goes to, marked (data-cell-control) inside the cell's element. */
export type CellControl = 'add';

/** The element of a cell (the table's or the list view's group), found by its id. */
export function cellElement(cell: CellId): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(cell)}"]`);
}

/** A cell's "Add note" button, in whichever layout shows the board. */
export function cellControl(cell: CellId, control: CellControl): HTMLElement | null {
  return cellElement(cell)?.querySelector<HTMLElement>(`[data-cell-control="${control}"]`) ?? null;
}

/** Where a jump into a cell lands: its first note's handle or text, else its "Add note" button. */
export function firstControlIn(cell: HTMLElement): HTMLElement | null {
  return cell.querySelector<HTMLElement>(
    '[data-note-control="handle"], button[data-note-control="text"], [data-cell-control="add"]',
  );
}
