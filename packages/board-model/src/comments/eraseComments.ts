import type * as Y from 'yjs';
import { asCommentEntry, COMMENTS_ROOT, type CommentEntry, commentsMap } from './commentSchema.ts';

/**
 * Erases what the comments on deleted notes said, as their own text is erased
 * (eraseDeletedNotes): each becomes a deleted comment without text. One pass over the comments
 * for all the notes. Returns the notes whose comments changed.
 */
export function eraseCommentsOf(doc: Y.Doc, notes: ReadonlySet<string>): Set<string> {
  const changed = new Set<string>();
  if (notes.size === 0 || !doc.share.has(COMMENTS_ROOT)) return changed;
  const comments = commentsMap(doc);
  // Keys first: the map is written while it is read.
  for (const id of [...comments.keys()]) {
    const entry = asCommentEntry(comments.get(id));
    if (!entry || !notes.has(entry.noteId) || entry.text === '') continue;
    const { editedAt: _edited, ...kept } = entry;
    const erased: CommentEntry = { ...kept, text: '', deleted: true };
    comments.set(id, erased);
    changed.add(entry.noteId);
  }
  return changed;
}
