import { type CellId, dimensionOf, parseCellId, phaseOf } from '@avaa/board-model';
import type { CellGap } from '../../gaps/cellStats.ts';
import { useLanguage, usePlural, useT } from '../../i18n/index.ts';
import { CellFocusButton } from '../../stage/CellFocusButton.tsx';
import { useBoardUi } from '../../state/boardUi.ts';
import { useBoard } from '../BoardContext.ts';
import { cellName, phaseName } from '../names.ts';

/** The cell's phase, its count of notes and the facilitator's "show to everyone". */
export function CellHead({ cell, count }: { cell: CellId; count: number }) {
  const counted = usePlural();
  const language = useLanguage();
  const { board } = useBoard();
  return (
    <div className="cell__head">
      <h3 className="cell__phase">{phaseName(parseCellId(cell).phase, language)}</h3>
      <span className="cell__count">{counted('gaps.count', count)}</span>
      <CellFocusButton board={board} cell={cell} />
    </div>
  );
}

/** The mark of a cell that looks like a blind spot next to the rest of the board. */
export function BlindSpot({ gap }: { gap: CellGap }) {
  const t = useT();
  if (gap === 'none') return null;
  return (
    <p className="cell__blind-spot">
      <span aria-hidden="true">⚠</span>
      {t('gaps.blindSpot')}
      <span className="visually-hidden">{t(`gaps.blindSpot.${gap}`)}</span>
    </p>
  );
}

/** The cell's question and prompt: shown while it is empty, else only described to screen readers. */
export function CellPrompts({ id, cell, shown }: { id: string; cell: CellId; shown: boolean }) {
  const language = useLanguage();
  const { phase, dimension } = parseCellId(cell);
  return (
    <div id={id} className={shown ? 'cell__prompt cell__prompts' : 'visually-hidden'}>
      <p className="cell__prompt-question">{dimensionOf(dimension).question[language]}</p>
      <p>{phaseOf(phase).prompt[language]}</p>
    </div>
  );
}

/** "Add note", marked for focus to come back to. */
export function AddNoteButton({ cell }: { cell: CellId }) {
  const t = useT();
  const language = useLanguage();
  const edit = useBoardUi((state) => state.edit);
  return (
    <button
      type="button"
      className="cell__add"
      data-cell-control="add"
      title={cellName(cell, language)}
      onClick={() => edit({ kind: 'new', cell, noteId: null })}
    >
      <span aria-hidden="true">+ </span>
      {t('board.addNote')}
    </button>
  );
}
