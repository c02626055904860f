import { type NotesByCell, notesReading } from '@avaa/workshop-client';
import type * as Y from 'yjs';
import { useReading } from '../client/useReading.ts';

export type { NotesByCell } from '@avaa/workshop-client';

/** The board's live notes by cell (see `notesReading`: shared structure, one reading per document). */
export function useNotesByCell(doc: Y.Doc): NotesByCell {
  return useReading(notesReading(doc));
}

/** The latest reading, for event handlers (outside render). */
export function currentNotes(doc: Y.Doc): NotesByCell {
  return notesReading(doc).getSnapshot();
}
