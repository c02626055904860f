import { type CellId, type NoteView, parseCellId, phaseOf } from '@avaa/board-model';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useContext, useId, useMemo } from 'react';
import { useLanguage, useT } from '../i18n/index.ts';
import { NewNoteItem } from '../notes/NewNoteItem.tsx';
import { NoteCard } from '../notes/NoteCard.tsx';
import { useBoardUi } from '../state/boardUi.ts';
import { DropCellContext, useBoard } from './BoardContext.ts';
import { cellName, dimensionName, phaseName } from './names.ts';

/**
 * One cell of the table (a phase x a dimension): a named group holding a list of notes, the
 * phase's prompt while it is empty, and an "Add note" button.
 */
export const Cell = memo(function Cell({ cell, notes }: { cell: CellId; notes: readonly NoteView[] }) {
  const t = useT();
  const language = useLanguage();
  const promptId = useId();
  const { canEdit } = useBoard();
  const { phase, dimension } = parseCellId(cell);
  const drafting = useBoardUi((state) => state.editing?.kind === 'new' && state.editing.cell === cell);
  const hidden = useBoardUi((state) => (state.editing?.kind === 'new' ? state.editing.noteId : null));
  const edit = useBoardUi((state) => state.edit);
  const isDropTarget = useContext(DropCellContext) === cell;
  const { setNodeRef } = useDroppable({ id: cell, disabled: !canEdit });
  // The note being added shows in its editor until editing ends, not twice.
  const shown = useMemo(() => (hidden ? notes.filter((note) => note.id !== hidden) : notes), [notes, hidden]);
  const ids = useMemo(() => shown.map((note) => note.id), [shown]);
  const empty = shown.length === 0 && !drafting;

  return (
    // biome-ignore lint/a11y/useSemanticElements: a cell groups notes, not form fields; a fieldset would suggest a form.
    <div
      ref={setNodeRef}
      role="group"
      aria-label={t('board.cell', { phase: phaseName(phase, language), dimension: dimensionName(dimension, language) })}
      aria-describedby={promptId}
      className={`cell${isDropTarget ? ' cell--drop-target' : ''}`}
      data-cell={cell}
    >
      <h3 className="cell__phase">{phaseName(phase, language)}</h3>
      <SortableContext id={cell} items={ids} strategy={verticalListSortingStrategy}>
        <ul className="cell__notes">
          {shown.map((note) => (
            <NoteCard key={note.id} note={note} />
          ))}
          {drafting && <NewNoteItem cell={cell} />}
        </ul>
      </SortableContext>
      <p id={promptId} className={empty ? 'cell__prompt' : 'visually-hidden'}>
        {phaseOf(phase).prompt[language]}
      </p>
      {canEdit && !drafting && (
        <button
          type="button"
          className="cell__add"
          title={cellName(cell, language)}
          onClick={() => edit({ kind: 'new', cell, noteId: null })}
        >
          <span aria-hidden="true">+ </span>
          {t('board.addNote')}
        </button>
      )}
    </div>
  );
});
