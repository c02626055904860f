import { deriveReading, type Reading } from '@avaa/sync-client';
import type * as Y from 'yjs';

export type UndoState = { readonly canUndo: boolean; readonly canRedo: boolean };

const NOTHING: UndoState = { canUndo: false, canRedo: false };
const EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;

/** Whether the local undo and redo stacks hold anything, for enabling the buttons. */
export function undoReading(manager: Y.UndoManager | null): Reading<UndoState> {
  return deriveReading<UndoState>({
    compute: () =>
      manager ? { canUndo: manager.undoStack.length > 0, canRedo: manager.redoStack.length > 0 } : NOTHING,
    share: (previous, next) =>
      previous.canUndo === next.canUndo && previous.canRedo === next.canRedo ? previous : next,
    watch(changed) {
      for (const event of EVENTS) manager?.on(event, changed);
      return () => {
        for (const event of EVENTS) manager?.off(event, changed);
      };
    },
    watching: 'whileSubscribed',
    notify: 'onNewSnapshot',
  });
}
