import type * as Y from 'yjs';
import type { OperationOptions } from '../operations/createNote.ts';
import { fail, type OperationError, ok, type Result } from '../result.ts';
import { normalizeNoteText, validateNoteText } from '../validation.ts';
import { asCommentEntry, type CommentEntry, type CommentId, commentsMap } from './commentSchema.ts';

/** The live comment `id`, or why not. */
export function liveComment(doc: Y.Doc, id: CommentId): CommentEntry | { ok: false; error: OperationError } {
  const entry = asCommentEntry(commentsMap(doc).get(id));
  return entry && !entry.deleted ? entry : fail('unknown-comment');
}

/** Replaces a comment's text (the whole entry, as every comment write is), marking it edited. */
export function editComment(doc: Y.Doc, id: CommentId, text: string, options: OperationOptions = {}): Result {
  const entry = liveComment(doc, id);
  if ('ok' in entry) return entry;
  const normalized = normalizeNoteText(text).trim();
  const valid = validateNoteText(normalized);
  if (!valid.ok) return valid;
  if (normalized === entry.text) return ok();
  commentsMap(doc).set(id, { ...entry, text: normalized, editedAt: (options.now ?? Date.now)() });
  return ok();
}
