import type * as Y from 'yjs';
import { isNoteId, type NoteId } from '../ids.ts';
import type { OperationOptions } from '../operations/createNote.ts';
import { fail, type Result } from '../result.ts';
import { readNote } from '../schema.ts';
import { addAgreement, type NewAgreement } from './addAgreement.ts';
import type { AgreementId } from './agreement.ts';
import type { AgreementSectionId } from './agreementSections.ts';

/**
 * Creates an item from a note of the common table: the note's text (unless another is given)
 * and a link back to the note, so the feedback page can show what came of it.
 */
export function createAgreementFromNote(
  workshopDoc: Y.Doc,
  boardDoc: Y.Doc,
  noteId: NoteId,
  section: AgreementSectionId,
  item: Partial<NewAgreement> = {},
  options: OperationOptions = {},
): Result<AgreementId> {
  const note = isNoteId(noteId) ? readNote(boardDoc, noteId) : undefined;
  if (!note) return fail('unknown-note');
  if (note.deleted) return fail('note-deleted');
  const notes = [noteId, ...(item.notes ?? []).filter((other) => other !== noteId)];
  return addAgreement(workshopDoc, section, { ...item, text: item.text ?? note.text, notes }, options);
}
