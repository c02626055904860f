import { type CellId, isCellId, isNoteId, type NoteId } from '@avaa/board-model';
import type { NotesByCell } from '../doc/useNotesByCell.ts';

export type DropTarget = { readonly cell: CellId; readonly index: number; readonly total: number };

type Rect = { readonly top: number; readonly height: number };

/**
 * Where a dragged note lands, as `moveNote` wants it: a cell and an index among that cell's
 * other notes. Over a note of its own cell it takes that note's place (the list reorders);
 * over a note of another cell it goes before or after it by which half it is over; over the
 * cell itself it goes to the end. `total` is the cell's count after the move, for announcing.
 */
export function dropTarget(
  notes: NotesByCell,
  activeId: NoteId,
  overId: string,
  activeRect: Rect | null,
  overRect: Rect | null,
): DropTarget | null {
  if (isCellId(overId)) {
    const others = (notes.get(overId) ?? []).filter((note) => note.id !== activeId);
    return { cell: overId, index: others.length, total: others.length + 1 };
  }
  if (!isNoteId(overId) || overId === activeId) return null;
  for (const [cell, list] of notes) {
    const overIndex = list.findIndex((note) => note.id === overId);
    if (overIndex < 0) continue;
    const sameCell = list.some((note) => note.id === activeId);
    if (sameCell) return { cell, index: overIndex, total: list.length };
    const below =
      activeRect !== null && overRect !== null
        ? activeRect.top + activeRect.height / 2 > overRect.top + overRect.height / 2
        : false;
    return { cell, index: overIndex + (below ? 1 : 0), total: list.length + 1 };
  }
  return null;
}

/** The cell a note is in, and its place there. */
export function notePlace(notes: NotesByCell, id: NoteId): DropTarget | null {
  for (const [cell, list] of notes) {
    const index = list.findIndex((note) => note.id === id);
    if (index >= 0) return { cell, index, total: list.length };
  }
  return null;
}
