import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { fail, ok, type Result } from '../result.ts';
import { notesMap } from '../schema.ts';

export function restoreNote(doc: Y.Doc, id: NoteId): Result {
  const note = notesMap(doc).get(id);
  if (!(note instanceof Y.Map)) return fail('unknown-note');
  if (note.get('deleted') !== true) return fail('note-not-deleted');
  doc.transact(() => {
    note.set('deleted', false);
    if (note.has('deletedAt')) note.delete('deletedAt');
  });
  return ok();
}
