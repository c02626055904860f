import { type CellId, createNote, deleteNote, editNoteText, readNote } from '@avaa/board-model';
import { useCallback, useContext } from 'react';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useBoard } from '../board/BoardContext.ts';
import { cellControl } from '../board/cellControl.ts';
import { cellName } from '../board/names.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { BoardUiContext, useBoardUi } from '../state/boardUi.ts';
import { WorkshopContext } from '../workshop/WorkshopContext.ts';
import { NoteEditor } from './NoteEditor/NoteEditor.tsx';
import type { EditorOutcome } from './NoteEditor/useNoteEditing.ts';
import { noteControl } from './noteControl.ts';

/**
 * The editor of a note being added. The note enters the document with its first valid
 * character and then grows live; this editor stays put until editing ends, so the caret never
 * jumps even though the note now also exists in the list.
 */
export function NewNoteItem({ cell }: { cell: CellId }) {
  const t = useT();
  const language = useLanguage();
  const { doc } = useBoard();
  const store = useContext(BoardUiContext);
  const noteId = useBoardUi((state) => (state.editing?.kind === 'new' ? state.editing.noteId : null));
  const edit = useBoardUi((state) => state.edit);
  // Signed with who writes it: on the common table a participant deletes only their own notes.
  const createdBy = useContext(WorkshopContext)?.personId ?? null;

  const apply = useCallback(
    (text: string) => {
      const editing = store?.getState().editing;
      const existing = editing?.kind === 'new' ? editing.noteId : null;
      if (existing) return editNoteText(doc, existing, text);
      const created = createNote(doc, cell, createdBy ? { text, createdBy } : { text });
      if (created.ok) edit({ kind: 'new', cell, noteId: created.value });
      return created;
    },
    [doc, cell, store, edit, createdBy],
  );

  const finish = useCallback(
    (outcome: EditorOutcome, how: 'keyboard' | 'pointer') => {
      const editing = store?.getState().editing;
      const created = editing?.kind === 'new' ? editing.noteId : null;
      edit(null);
      // Added and emptied again in one go: the person changed their mind, so no note remains.
      if (created && outcome === 'emptied') deleteNote(doc, created);
      const target = () => (created && outcome !== 'emptied' ? noteControl(created, 'text') : cellControl(cell, 'add'));
      focusAfterRender(target, { onlyIfLost: how === 'pointer' });
    },
    [doc, cell, store, edit],
  );

  return (
    <li className="note note--yellow note--new">
      <NoteEditor
        noteId={noteId}
        docText={noteId ? (readNote(doc, noteId)?.text ?? '') : ''}
        label={t('note.newEditorLabel', { cell: cellName(cell, language) })}
        apply={apply}
        onFinish={finish}
      />
    </li>
  );
}
