import { BOARD_MODES, type BoardMode, isBoardMode, setBoardMode } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import { useId } from 'react';
import { useT } from '../i18n/index.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { useBoardMode } from './useBoardMode.ts';
import './modes.css';

/**
 * The board's mode in its header, on every board and screen: the facilitator (and a
 * co-facilitator) chooses it here; participants read why a drag or an edit does nothing. The
 * participant's tag stays in the folded header on a phone (modes.css).
 */
export function BoardModeIndicator({ board }: { readonly board: BoardRef }) {
  const workshop = useWorkshop();
  const mode = useBoardMode(workshop.doc, board);
  if (isFacilitator(workshop)) return <BoardModeSelect board={board} mode={mode} />;
  return workshop.role === 'participant' && mode !== 'open' ? <BoardModeTag mode={mode} /> : null;
}

function BoardModeTag({ mode }: { readonly mode: Exclude<BoardMode, 'open'> }) {
  const t = useT();
  return (
    <p className={`board-mode-tag board-mode-tag--${mode}`} role="status">
      <span aria-hidden="true">{mode === 'locked' ? '🔒 ' : '✎ '}</span>
      <span className="board-mode-tag__long">{t(`modes.tag.${mode}`)}</span>
      <span className="board-mode-tag__short">{t(`modes.projector.${mode}`)}</span>
    </p>
  );
}

function BoardModeSelect({ board, mode }: { readonly board: BoardRef; readonly mode: BoardMode }) {
  const t = useT();
  const id = useId();
  const workshop = useWorkshop();
  return (
    <span className={`board-mode-select board-mode-select--${mode}`}>
      <label htmlFor={id}>
        <span aria-hidden="true">{mode === 'locked' ? '🔒' : mode === 'own-notes' ? '✎' : '○'}</span>
        <span className="visually-hidden">{t('modes.label')}</span>
      </label>
      <select
        id={id}
        value={mode}
        title={t('modes.hint')}
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
    </span>
  );
}
