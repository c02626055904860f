import { type CellId, isCellId } from '@avaa/board-model';
import { useDndMonitor } from '@dnd-kit/core';
import { type KeyboardEvent, useCallback, useRef } from 'react';
import { cellElement, firstControlIn } from './cellControl.ts';
import { isStepKey, type Layout, layoutOf, neighbour } from './keyboardStep.ts';

/**
 * The fast way through the table by keyboard: Ctrl+arrow moves from anywhere in a cell to the
 * next cell in that direction, onto its first note (or its "Add note" button, or the cell
 * itself when it has neither), instead of a Tab press for every control on the way.
 *
 * Ctrl+arrow, because the other arrows are taken: plain arrows carry a note in a keyboard
 * drag, Ctrl+Alt+arrows are screen readers' table navigation, Shift+arrows select text, Alt+Left
 * is the browser's Back. In a text field Ctrl+arrow keeps moving by word, and during a drag the
 * arrows belong to the drag.
 */
export function useCellJump(): (event: KeyboardEvent) => void {
  const dragging = useRef(false);
  useDndMonitor({
    onDragStart: () => {
      dragging.current = true;
    },
    onDragEnd: () => {
      dragging.current = false;
    },
    onDragCancel: () => {
      dragging.current = false;
    },
  });
  return useCallback((event: KeyboardEvent) => {
    if (!event.ctrlKey || event.altKey || event.shiftKey || event.metaKey) return;
    if (!isStepKey(event.key) || dragging.current || event.defaultPrevented || typing(event.target)) return;
    const from = (event.target as Element).closest<HTMLElement>('[data-cell]')?.dataset.cell;
    if (!isCellId(from)) return;
    event.preventDefault();
    const next = neighbour(from, event.key, layout());
    if (next) focusCell(next);
  }, []);
}

/** Puts the focus on the cell's first note, else its "Add note" button, else the cell. */
function focusCell(cell: CellId): void {
  const element = cellElement(cell);
  const target = (element && firstControlIn(element)) ?? element;
  target?.focus();
}

function typing(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}

function layout(): Layout {
  return layoutOf((cell) => cellElement(cell)?.getBoundingClientRect().left);
}
