import * as Y from 'yjs';
import { isNoteId, type NoteId } from '../ids.ts';
import { fail, ok, type Result } from '../result.ts';
import { readNote } from '../schema.ts';
import { type AgreementId, agreementEntry } from './agreement.ts';

/**
 * Links a common-table note to an existing item of the register: `notes.set(noteId, true)` in the
 * item's map, nothing else (its text, owner and status stay). The links are a map, so links two
 * people add at once are both kept; a link already there writes nothing. The feedback page then
 * shows the note among what came of the item.
 */
export function linkNoteToAgreement(
  workshopDoc: Y.Doc,
  boardDoc: Y.Doc,
  agreementId: AgreementId,
  noteId: NoteId,
): Result {
  const note = isNoteId(noteId) ? readNote(boardDoc, noteId) : undefined;
  if (!note) return fail('unknown-note');
  if (note.deleted) return fail('note-deleted');
  const entry = agreementEntry(workshopDoc, agreementId);
  if (!entry) return fail('unknown-agreement');
  const links = entry.get('notes');
  if (links instanceof Y.Map && links.has(noteId)) return ok();
  workshopDoc.transact(() => {
    if (links instanceof Y.Map) links.set(noteId, true);
    // Every item is made with its map; one without (hand-edited data) gets one.
    else entry.set('notes', new Y.Map<boolean>([[noteId, true]]));
  });
  return ok();
}
