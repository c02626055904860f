import type { CellId } from '@avaa/board-model';
import { cellElement } from './cellControl.ts';

/**
 * Brings a cell to the top of the window and moves the focus to it, for the jump list and the gaps panel (the
 * cell is a group with a name and its prompts, so a screen reader says where it landed).
 */
export function showCell(cell: CellId): void {
  const element = cellElement(cell);
  if (!element) return;
  // At once: a smooth scroll over a phone's long column of cells takes long and can stop short.
  element.scrollIntoView({ block: 'start', behavior: 'instant' });
  element.focus({ preventScroll: true });
}
