import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { ok, type Result } from '../result.ts';
import { liveNote } from './liveNote.ts';

/**
 * Soft delete: the note stays in the document with `deleted: true`, so `restoreNote` (or undo)
 * brings back its text and place, and a concurrent edit of it is not lost. `deletedAt` (ms) dates
 * the delete: the server keeps a deleted note's text for `DELETED_NOTE_GRACE_MS` after it.
 */
export function deleteNote(doc: Y.Doc, id: NoteId, options: { readonly now?: () => number } = {}): Result {
  const note = liveNote(doc, id);
  if (!(note instanceof Y.Map)) return note;
  doc.transact(() => {
    note.set('deleted', true);
    note.set('deletedAt', (options.now ?? Date.now)());
  });
  return ok();
}
