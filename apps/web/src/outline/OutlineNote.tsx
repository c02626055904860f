import type { NoteView } from '@avaa/board-model';
import { memo } from 'react';
import { useBoard, useNoteEditors } from '../board/BoardContext.ts';
import { NoteContent } from '../notes/NoteContent/NoteContent.tsx';
import { useBoardUi } from '../state/boardUi.ts';

/**
 * A note in the list view: its text (a button that edits it), badges and actions menu, as on
 * the table but without a drag handle; moving goes through the menu's "Move to…".
 */
export const OutlineNote = memo(function OutlineNote({ note, dimmed }: { note: NoteView; dimmed: boolean }) {
  const { canEdit } = useBoard();
  const editing = useBoardUi((state) => state.editing?.kind === 'existing' && state.editing.noteId === note.id);
  const menuOpen = useBoardUi((state) => state.openMenu === note.id);
  const editors = useNoteEditors(note.id);
  const classes = [
    'note',
    `note--${note.colour}`,
    `note--kind-${note.kind}`,
    'outline__note',
    menuOpen ? 'note--menu-open' : '',
    dimmed ? 'note--dimmed' : '',
  ];
  return (
    <li className={classes.filter(Boolean).join(' ')} data-note-id={note.id}>
      <NoteContent note={note} canEdit={canEdit} editing={editing} menuOpen={menuOpen} editors={editors} />
    </li>
  );
});
