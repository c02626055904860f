import { type CellId, readNote } from '@avaa/board-model';
import { useBoard } from '../../board/BoardContext.ts';
import { cellName } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { useBoardUi } from '../../state/boardUi.ts';
import { NoteEditor } from '../NoteEditor/NoteEditor.tsx';
import { useNewNoteEditing } from './useNewNoteEditing.ts';

/**
 * The editor of a note being added. The note enters the document with its first valid
 * character and then grows live; this editor stays put until editing ends, so the caret never
 * jumps even though the note now also exists in the list.
 */
export function NewNoteItem({ cell }: { cell: CellId }) {
  const t = useT();
  const language = useLanguage();
  const { doc } = useBoard();
  const noteId = useBoardUi((state) => (state.editing?.kind === 'new' ? state.editing.noteId : null));
  const { apply, finish } = useNewNoteEditing(cell);
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
