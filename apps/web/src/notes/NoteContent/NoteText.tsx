import { editNoteText, type NoteView } from '@avaa/board-model';
import { useCallback } from 'react';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { useBoard } from '../../board/BoardContext.ts';
import { useT } from '../../i18n/index.ts';
import { PICK_HINT_ID } from '../../paths/table/DrawingBanner.tsx';
import { useDrawing } from '../../paths/table/drawingContext.ts';
import { useBoardUi } from '../../state/boardUi.ts';
import { HyphenatedText } from '../HyphenatedText.tsx';
import { NoteEditor } from '../NoteEditor/NoteEditor.tsx';
import type { EditorOutcome, FinishedBy } from '../NoteEditor/useNoteEditing.ts';
import { noteControl } from '../noteControl.ts';

/**
 * A note's text: its editor while editing, else a button that edits it (or plain text, read only).
 * While a service path is drawn the button picks the note as the path's next step instead.
 */
export function NoteText({ note, canEdit, editing }: { note: NoteView; canEdit: boolean; editing: boolean }) {
  const t = useT();
  const { doc } = useBoard();
  const edit = useBoardUi((state) => state.edit);
  const drawing = useDrawing();
  const apply = useCallback((text: string) => editNoteText(doc, note.id, text), [doc, note.id]);
  const finish = useCallback(
    // An emptied note simply keeps its stored text: deleting is a separate, undoable act.
    (_outcome: EditorOutcome, how: FinishedBy) => {
      edit(null);
      focusAfterRender(() => noteControl(note.id, 'text'), { onlyIfLost: how === 'pointer' });
    },
    [edit, note.id],
  );

  if (editing) {
    return (
      <NoteEditor noteId={note.id} docText={note.text} label={t('note.editorLabel')} apply={apply} onFinish={finish} />
    );
  }
  if (!canEdit) {
    return (
      <p className="note__text">
        <HyphenatedText text={note.text} />
      </p>
    );
  }
  return (
    <button
      type="button"
      className="note__text"
      data-note-control="text"
      aria-describedby={drawing ? PICK_HINT_ID : undefined}
      onClick={() => (drawing ? drawing.pick(note) : edit({ kind: 'existing', noteId: note.id }))}
    >
      <HyphenatedText text={note.text} />
    </button>
  );
}
