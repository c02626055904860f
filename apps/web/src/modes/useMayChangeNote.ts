import { mayChangeNoteInMode, type NoteView } from '@avaa/board-model';
import { useContext } from 'react';
import { useBoard } from '../board/BoardContext.ts';
import { WorkshopContext } from '../workshop/WorkshopContext.ts';

/**
 * Whether this person may edit, move or delete this note here: the board is writable and, with
 * own notes only, the note is theirs (the server refuses changes to others' notes then).
 */
export function useMayChangeNote(note: Pick<NoteView, 'createdBy'>): boolean {
  const { canEdit, mode } = useBoard();
  // A board shown outside a workshop (a test, a print preview) names nobody.
  const personId = useContext(WorkshopContext)?.personId ?? null;
  return canEdit && mayChangeNoteInMode(mode, note.createdBy, personId);
}
