import { BOARD_MODES, type BoardMode, isBoardMode, setBoardMode } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import { useId } from 'react';
import { useT } from '../i18n/index.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { useBoardMode } from './useBoardMode.ts';
import './modes.css';

/**
 * The board's mode in its header, for participants when it is not open: why a drag or an edit
 * does nothing. It stays in the folded header on a phone (modes.css). The facilitator (and a
 * co-facilitator) sees and chooses it in the board's tools row instead (`BoardModeSelect`), which
 * costs the laptop's first screen no height.
 */
export function BoardModeIndicator({ board, readOnly }: { readonly board: BoardRef; readonly readOnly: boolean }) {
  const t = useT();
  const workshop = useWorkshop();
  const mode = useBoardMode(workshop.doc, board);
  const participant = workshop.role === 'participant';
  // A locked board says why it is read-only; a board read-only for another reason says only that.
  if (participant && mode === 'locked') return <BoardModeTag mode={mode} />;
  if (readOnly) return <span className="read-only-tag">{t('board.readOnly')}</span>;
  return participant && mode === 'own-notes' ? <BoardModeTag mode={mode} /> : null;
}

function BoardModeTag({ mode }: { readonly mode: Exclude<BoardMode, 'open'> }) {
  const t = useT();
  return (
    <p className={`board-mode-tag board-mode-tag--${mode}`} role="status">
      <span className="board-mode-tag__long">{t(`modes.tag.${mode}`)}</span>
      <span className="board-mode-tag__short">{t(`modes.projector.${mode}`)}</span>
    </p>
  );
}

/** The facilitator's choice of the board's mode, with the rules as its description. */
export function BoardModeSelect({ board }: { readonly board: BoardRef }) {
  const t = useT();
  const id = useId();
  const workshop = useWorkshop();
  const mode = useBoardMode(workshop.doc, board);
  if (!isFacilitator(workshop)) return null;
  return (
    <span className={`board-mode-select board-mode-select--${mode}`}>
      <label htmlFor={id}>{t('modes.label')}</label>
      <select
        id={id}
        value={mode}
        title={t('modes.hint')}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          if (isBoardMode(event.target.value)) setBoardMode(workshop.doc, board, event.target.value);
        }}
      >
        {BOARD_MODES.map((option) => (
          <option key={option} value={option}>
            {t(`modes.option.${option}`)}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('modes.hint')}
      </span>
    </span>
  );
}
