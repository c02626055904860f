import { type CellId, setFocus } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import { useContext } from 'react';
import { cellName } from '../board/names.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { isFacilitator, WorkshopContext } from '../workshop/WorkshopContext.ts';
import { useFocusedCell } from './useFocusedCell.ts';
import './stage.css';

/**
 * The facilitator's "show this cell to everyone" toggle in a cell's heading: following screens
 * and the projector go to this board, and the cell is highlighted and scrolled into view.
 * Nothing for anyone else, nor outside a workshop.
 */
export function CellFocusButton(props: { board: BoardRef; cell: CellId }) {
  const workshop = useContext(WorkshopContext);
  if (workshop === null || !isFacilitator(workshop)) return null;
  return <Toggle {...props} doc={workshop.doc} />;
}

function Toggle({ board, cell, doc }: { board: BoardRef; cell: CellId; doc: Parameters<typeof useFocusedCell>[0] }) {
  const t = useT();
  const language = useLanguage();
  const shown = useFocusedCell(doc, board) === cell;
  const focusBoard = board.kind === 'plenary' ? 'plenary' : board.group;
  return (
    <button
      type="button"
      className="cell-focus-button"
      aria-pressed={shown}
      aria-label={t('focus.cell', { cell: cellName(cell, language) })}
      title={t('focus.cellShort')}
      onClick={() => setFocus(doc, shown ? { board: focusBoard } : { board: focusBoard, cell })}
    >
      <span aria-hidden="true">{shown ? '◉' : '○'}</span>
    </button>
  );
}
