import type { NoteView } from '@avaa/board-model';
import { memo, type ReactNode, useRef } from 'react';
import { useNoteEditors } from '../../board/BoardContext.ts';
import { useT } from '../../i18n/index.ts';
import { useMayChangeNote } from '../../modes/useMayChangeNote.ts';
import { useDrawing, useOnPath } from '../../paths/table/drawingContext.ts';
import { useBoardUi } from '../../state/boardUi.ts';
import { NoteContent } from '../NoteContent/NoteContent.tsx';
import { cardClasses, cardStyle } from './cardLook.ts';
import { SortableBinding } from './SortableBinding.tsx';
import { useCardDrag } from './useCardDrag.ts';
import '../note.css';

/**
 * One sticky note on the board: text (or its editor), kind, drag handle, actions and, on the
 * common table during or after a vote, its dots. `dimmed`: another kind than the filter shows.
 * `mark`: said first on the note (a private note's "only you see this"); `fixed`: not dragged (it
 * is not among the board's notes a drop is made in).
 *
 * Drag and drop binds only while the note is near the screen, focused or being dragged (see
 * SortableBinding); meanwhile its handle carries the same attributes dnd-kit would give it.
 */
export const NoteCard = memo(function NoteCard({
  note,
  dimmed = false,
  mark,
  fixed = false,
}: {
  note: NoteView;
  dimmed?: boolean;
  mark?: ReactNode;
  fixed?: boolean;
}) {
  const t = useT();
  const canEdit = useMayChangeNote(note);
  const editing = useBoardUi((state) => state.editing?.kind === 'existing' && state.editing.noteId === note.id);
  const menuOpen = useBoardUi((state) => state.openMenu === note.id);
  const editors = useNoteEditors(note.id);
  const element = useRef<HTMLLIElement>(null);
  const handle = useRef<HTMLButtonElement>(null);
  // While a path is drawn a press is a pick: no drag may start by accident.
  const drag = useCardDrag(element, canEdit, useDrawing() !== null || editing || fixed);
  const look = { note, sortable: drag.sortable, editor: editors?.[0], menuOpen, dimmed, onPath: useOnPath(note.id) };
  return (
    <>
      <li
        ref={element}
        className={cardClasses(look)}
        data-note-id={note.id}
        style={cardStyle(look)}
        {...drag.focusListeners}
      >
        {mark}
        <NoteContent
          note={note}
          canEdit={canEdit}
          editing={editing}
          menuOpen={menuOpen}
          editors={editors}
          handleAttributes={drag.handleAttributes}
          handleListeners={drag.sortable?.listeners}
          handleRef={handle}
        />
        {drag.sortable?.stackTarget && (
          <span className="note__stack-here" aria-hidden="true">
            {t('stackBy.here')}
          </span>
        )}
      </li>
      {drag.bound && (
        <SortableBinding
          id={note.id}
          cell={note.cell}
          disabled={drag.disabled}
          roleDescription={drag.roleDescription}
          element={element}
          handle={handle}
          onChange={drag.setSortable}
        />
      )}
    </>
  );
});
