import type * as Y from 'yjs';
import { type NoteView, readAllNotes } from '../schema.ts';

/**
 * The deleted notes a facilitator can still restore, newest delete first: those whose text the
 * erasure has not emptied yet (an erased note would come back blank). Undated deletes (older
 * clients) come last.
 */
export function recentlyDeleted(doc: Y.Doc): NoteView[] {
  return readAllNotes(doc)
    .filter((note) => note.deleted && note.text !== '')
    .sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
