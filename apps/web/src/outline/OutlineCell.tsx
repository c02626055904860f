import { type CellId, type NoteView, parseCellId } from '@avaa/board-model';
import { useId, useMemo } from 'react';
import { useBoard } from '../board/BoardContext.ts';
import { cellName, dimensionName } from '../board/names.ts';
import { matchesKind } from '../gaps/cellStats.ts';
import { useLanguage, usePlural, useT } from '../i18n/index.ts';
import { NewNoteItem } from '../notes/NewNoteItem/NewNoteItem.tsx';
import { useBoardUi } from '../state/boardUi.ts';
import { useBoardView } from '../state/boardView.ts';
import { OutlineNote } from './OutlineNote.tsx';

/**
 * One cell in the list view: a heading with the dimension and its count (its name says the
 * phase too), its notes as a list and "Add note".
 */
export function OutlineCell({ cell, notes }: { cell: CellId; notes: readonly NoteView[] }) {
  const t = useT();
  const counted = usePlural();
  const language = useLanguage();
  const headingId = useId();
  const { canEdit } = useBoard();
  const { dimension } = parseCellId(cell);
  const count = counted('count.notes', notes.length);
  const drafting = useBoardUi((state) => state.editing?.kind === 'new' && state.editing.cell === cell);
  const hidden = useBoardUi((state) => (state.editing?.kind === 'new' ? state.editing.noteId : null));
  const edit = useBoardUi((state) => state.edit);
  const kindFilter = useBoardView((state) => state.kindFilter);
  const hideOthers = useBoardView((state) => state.hideOthers);
  // As in the table: the note being added shows in its editor only; the kind filter may hide others.
  const shown = useMemo(
    () => notes.filter((note) => note.id !== hidden && (!hideOthers || matchesKind(note.kind, kindFilter))),
    [notes, hidden, hideOthers, kindFilter],
  );
  return (
    // A named group as in the table, focusable by script: the phone's jump list lands here too.
    // biome-ignore lint/a11y/useSemanticElements: a cell groups notes, not form fields; a fieldset would suggest a form.
    <div className="outline__cell" data-cell={cell} role="group" aria-labelledby={headingId} tabIndex={-1}>
      {/* Named whole for those who jump from heading to heading: "Alkuvaihe – Toimenpiteet ja palvelut, 3 lappua". */}
      <h3 className="outline__cell-name" id={headingId} aria-label={`${cellName(cell, language)}, ${count}`}>
        {dimensionName(dimension, language)}
        <span className="outline__count">{count}</span>
      </h3>
      {shown.length > 0 || drafting ? (
        <ul className="outline__notes">
          {shown.map((note) => (
            <OutlineNote key={note.id} note={note} dimmed={!matchesKind(note.kind, kindFilter)} />
          ))}
          {drafting && <NewNoteItem cell={cell} />}
        </ul>
      ) : (
        <p className="outline__empty">{t('outline.empty')}</p>
      )}
      {canEdit && !drafting && (
        <button
          type="button"
          className="cell__add outline__add"
          data-cell-control="add"
          aria-describedby={headingId}
          onClick={() => edit({ kind: 'new', cell, noteId: null })}
        >
          <span aria-hidden="true">+ </span>
          {t('board.addNote')}
        </button>
      )}
    </div>
  );
}
