import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { fail, ok, type Result } from '../result.ts';
import { isNoteKind, type NoteKind } from '../schema.ts';
import { liveNote } from './liveNote.ts';

export function setNoteKind(doc: Y.Doc, id: NoteId, kind: NoteKind): Result {
  if (!isNoteKind(kind)) return fail('unknown-kind');
  const note = liveNote(doc, id);
  if (!(note instanceof Y.Map)) return note;
  if (note.get('kind') !== kind) note.set('kind', kind);
  return ok();
}
