import { type CellId, createNote, deleteNote, editNoteText, type Result } from '@avaa/board-model';
import { useCallback, useContext } from 'react';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { useBoard } from '../../board/BoardContext.ts';
import { cellControl } from '../../board/cellControl.ts';
import { BoardUiContext, useBoardUi } from '../../state/boardUi.ts';
import { WorkshopContext } from '../../workshop/WorkshopContext.ts';
import type { EditorOutcome, FinishedBy } from '../NoteEditor/useNoteEditing.ts';
import { noteControl } from '../noteControl.ts';

type NewNoteEditing = {
  /** Creates the note with its first valid text, then edits it. */
  readonly apply: (text: string) => Result<unknown>;
  readonly finish: (outcome: EditorOutcome, how: FinishedBy) => void;
};

/** The policy of a note being added: when it enters the document, and when it leaves it again. */
export function useNewNoteEditing(cell: CellId): NewNoteEditing {
  const { doc } = useBoard();
  const store = useContext(BoardUiContext);
  const edit = useBoardUi((state) => state.edit);
  // Signed with who writes it: on the common table a participant deletes only their own notes.
  const createdBy = useContext(WorkshopContext)?.personId ?? null;
  const created = useCallback(() => {
    const editing = store?.getState().editing;
    return editing?.kind === 'new' ? editing.noteId : null;
  }, [store]);

  const apply = useCallback(
    (text: string) => {
      const existing = created();
      if (existing) return editNoteText(doc, existing, text);
      const result = createNote(doc, cell, createdBy ? { text, createdBy } : { text });
      if (result.ok) edit({ kind: 'new', cell, noteId: result.value });
      return result;
    },
    [doc, cell, created, edit, createdBy],
  );

  const finish = useCallback(
    (outcome: EditorOutcome, how: FinishedBy) => {
      const note = created();
      edit(null);
      // Added and emptied again in one go: the person changed their mind, so no note remains.
      if (note && outcome === 'emptied') deleteNote(doc, note);
      const target = () => (note && outcome !== 'emptied' ? noteControl(note, 'text') : cellControl(cell, 'add'));
      focusAfterRender(target, { onlyIfLost: how === 'pointer' });
    },
    [doc, cell, created, edit],
  );

  return { apply, finish };
}
