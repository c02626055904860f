import type { CellId } from '@avaa/board-model';

/**
 * Brings a cell into view and moves the focus to it, for the jump list and the gaps panel (the
 * cell is a group with a name and its prompts, so a screen reader says where it landed).
 */
export function showCell(cell: CellId): void {
  const element = document.querySelector<HTMLElement>(`[data-cell="${cell}"]`);
  if (!element) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
}
