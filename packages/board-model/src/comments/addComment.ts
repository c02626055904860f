import type * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { cryptoRandom, type NoteId, newNoteId } from '../ids.ts';
import type { OperationOptions } from '../operations/createNote.ts';
import { liveNote } from '../operations/liveNote.ts';
import { ok, type Result } from '../result.ts';
import { normalizeNoteText, validateNoteText } from '../validation.ts';
import { type CommentEntry, type CommentId, commentsMap } from './commentSchema.ts';

/** Adds a comment to a live note's thread, written by `createdBy` (the server checks it is the writer). */
export function addComment(
  doc: Y.Doc,
  noteId: NoteId,
  text: string,
  createdBy: PersonId | undefined,
  options: OperationOptions = {},
): Result<CommentId> {
  const note = liveNote(doc, noteId);
  if ('ok' in note) return note;
  const normalized = normalizeNoteText(text).trim();
  const valid = validateNoteText(normalized);
  if (!valid.ok) return valid;
  const id = `c${newNoteId(options.random ?? cryptoRandom)}` as CommentId;
  const entry: CommentEntry = {
    noteId,
    ...(createdBy === undefined ? {} : { createdBy }),
    createdAt: (options.now ?? Date.now)(),
    text: normalized,
  };
  commentsMap(doc).set(id, entry);
  return ok(id);
}
