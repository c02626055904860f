import type { CellId } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';

/** The facilitator's "show this cell to everyone" control in a cell's heading. */
export function CellFocusButton(_props: { board: BoardRef; cell: CellId }) {
  return null;
}
