import { isNoteId, type NoteId } from '@avaa/board-model';
import type { KeyboardCoordinateGetter, KeyboardSensorOptions, UniqueIdentifier } from '@dnd-kit/core';
import type * as Y from 'yjs';
import { currentNotes } from '../doc/useNotesByCell.ts';
import { isStepKey, keyboardStep, layoutOf } from './keyboardStep.ts';

/**
 * A keyboard drag that steps from place to place in the table (see keyboardStep.ts) rather than
 * by geometry: the target is chosen here and the collision detection takes it as it is, so a
 * note taller or wider than its neighbours never lands in the next column.
 */
export type KeyboardDrag = {
  readonly options: KeyboardSensorOptions;
  /** The target the arrows have reached in this drag, if any. */
  target(): UniqueIdentifier | null;
  /** Forgets the target, at the start and end of every drag. */
  reset(): void;
};

export function keyboardDrag(doc: Y.Doc): KeyboardDrag {
  let target: UniqueIdentifier | null = null;
  const coordinateGetter: KeyboardCoordinateGetter = (event, { active, context, currentCoordinates }) => {
    if (!isStepKey(event.code) || !isNoteId(active)) return undefined;
    event.preventDefault();
    const rects = context.droppableRects;
    const isTarget = (id: NoteId) => rects.has(id);
    const next = keyboardStep(
      currentNotes(doc),
      active,
      String(target ?? active),
      event.code,
      layoutOf((cell) => rects.get(cell)?.left),
      isTarget,
    );
    const rect = next === null ? undefined : rects.get(next);
    if (next === null || !rect) return currentCoordinates;
    target = next;
    // The dragged copy shows where the note goes: over the note it goes before, or at the cell's end.
    const height = context.collisionRect?.height ?? 0;
    return { x: rect.left, y: isNoteId(next) ? rect.top : Math.max(rect.top, rect.bottom - height) };
  };
  return {
    options: { coordinateGetter },
    target: () => target,
    reset: () => {
      target = null;
    },
  };
}
