import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { fail, type OperationError } from '../result.ts';
import { type NoteMap, notesMap } from '../schema.ts';

/** The note's map if it exists and is not deleted; otherwise why not. */
export function liveNote(doc: Y.Doc, id: NoteId): NoteMap | { ok: false; error: OperationError } {
  const note = notesMap(doc).get(id);
  if (!(note instanceof Y.Map)) return fail('unknown-note');
  if (note.get('deleted') === true) return fail('note-deleted');
  return note;
}
