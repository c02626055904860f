import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { ok, type Result } from '../result.ts';
import { liveNote } from './liveNote.ts';

/**
 * Soft delete: the note stays in the document with `deleted: true`, so `restoreNote` (or undo)
 * brings back its text and place, and a concurrent edit of it is not lost.
 */
export function deleteNote(doc: Y.Doc, id: NoteId): Result {
  const note = liveNote(doc, id);
  if (!(note instanceof Y.Map)) return note;
  note.set('deleted', true);
  return ok();
}
