import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { fail, ok, type Result } from '../result.ts';
import { isNoteColour, type NoteColour } from '../schema.ts';
import { liveNote } from './liveNote.ts';

export function setNoteColour(doc: Y.Doc, id: NoteId, colour: NoteColour): Result {
  if (!isNoteColour(colour)) return fail('unknown-colour');
  const note = liveNote(doc, id);
  if (!(note instanceof Y.Map)) return note;
  if (note.get('colour') !== colour) note.set('colour', colour);
  return ok();
}
