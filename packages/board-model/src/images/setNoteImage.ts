import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { liveNote } from '../operations/liveNote.ts';
import { fail, ok, type Result } from '../result.ts';
import { asNoteImage, NOTE_IMAGE_KEY, type NoteImage, readStoredImage } from './noteImage.ts';

/**
 * Puts an image on a live note (replacing one it had), or with undefined takes it off. The image
 * must be one the server lists as stored for this board (an upload answered its id, and the
 * server's listing arrives with the board's sync); the server refuses any other.
 */
export function setNoteImage(doc: Y.Doc, id: NoteId, image: NoteImage | undefined): Result {
  const note = liveNote(doc, id);
  if (!(note instanceof Y.Map)) return note;
  if (image === undefined) {
    if (note.has(NOTE_IMAGE_KEY)) note.delete(NOTE_IMAGE_KEY);
    return ok();
  }
  const checked = asNoteImage(image);
  if (!checked || !readStoredImage(doc, checked.id)) return fail('unknown-image');
  note.set(NOTE_IMAGE_KEY, checked.source ? { id: checked.id, source: { ...checked.source } } : { id: checked.id });
  return ok();
}
