import type * as Y from 'yjs';
import type { OperationOptions } from '../operations/createNote.ts';
import { ok, type Result } from '../result.ts';
import type { CommentEntry, CommentId } from './commentSchema.ts';
import { commentsMap } from './commentSchema.ts';
import { liveComment } from './editComment.ts';

/**
 * Deletes a comment: its entry is replaced by one without text, so the thread still shows that a
 * comment was there and Yjs drops the old text (nothing to erase later, unlike a note).
 */
export function deleteComment(doc: Y.Doc, id: CommentId, options: OperationOptions = {}): Result {
  const entry = liveComment(doc, id);
  if ('ok' in entry) return entry;
  const { editedAt: _edited, ...kept } = entry;
  const deleted: CommentEntry = { ...kept, text: '', editedAt: (options.now ?? Date.now)(), deleted: true };
  commentsMap(doc).set(id, deleted);
  return ok();
}
