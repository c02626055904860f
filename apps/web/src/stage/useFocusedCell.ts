import type { CellId } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import type * as Y from 'yjs';
import { useFocus } from './useFacilitation.ts';

/** The cell of `board` the facilitator is showing everyone, read live from the workshop document; null if none. */
export function useFocusedCell(workshopDoc: Y.Doc, board: BoardRef): CellId | null {
  const focus = useFocus(workshopDoc);
  if (focus?.cell === undefined) return null;
  const shown = board.kind === 'plenary' ? 'plenary' : board.group;
  return focus.board === shown ? focus.cell : null;
}
