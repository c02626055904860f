import type { CellId } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import type * as Y from 'yjs';

/** The cell of `board` the facilitator is showing everyone, read live from the workshop document; null if none. */
export function useFocusedCell(_workshopDoc: Y.Doc, _board: BoardRef): CellId | null {
  return null;
}
