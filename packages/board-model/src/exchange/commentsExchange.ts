import type * as Y from 'yjs';
import { type CommentEntry, commentsMap, isCommentId, readComments } from '../comments/commentSchema.ts';
import { isRoundComment } from '../facilitation/roundComments.ts';
import { isGroupNumber } from '../groupNumber.ts';
import { isPersonId } from '../groups/participants.ts';
import { isNoteId } from '../ids.ts';
import { validateNoteText } from '../validation.ts';
import { at, type Checker, join } from './checker.ts';
import type { ExportedComment } from './types.ts';

const ROUND_FIELDS = ['id', 'noteId', 'createdBy', 'createdAt', 'text', 'group'] as const;
const FIELDS = ['id', 'noteId', 'createdBy', 'createdAt', 'text', 'editedAt', 'deleted', 'group'] as const;

/** The board's comments on its notes, oldest first (ties by id): the same state exports the same. */
export function exportComments(doc: Y.Doc, notes: ReadonlySet<string>): ExportedComment[] {
  return readComments(doc)
    .filter((comment) => notes.has(comment.noteId))
    .map((comment) => ({
      id: comment.id,
      noteId: comment.noteId,
      createdBy: comment.createdBy ?? null,
      createdAt: comment.createdAt,
      text: comment.text,
      editedAt: comment.editedAt ?? null,
      deleted: comment.deleted === true,
      group: comment.group ?? null,
    }));
}

/** Writes the comments as the comment operations store them, inside the caller's transaction. */
export function writeComments(doc: Y.Doc, comments: readonly ExportedComment[]): void {
  for (const comment of comments) {
    const entry: CommentEntry = {
      noteId: comment.noteId,
      ...(comment.createdBy === null ? {} : { createdBy: comment.createdBy }),
      createdAt: comment.createdAt,
      text: comment.text,
      ...(comment.editedAt === null ? {} : { editedAt: comment.editedAt }),
      ...(comment.deleted ? { deleted: true as const } : {}),
      ...(comment.group === null ? {} : { group: comment.group }),
    };
    commentsMap(doc).set(comment.id, entry);
  }
}

/** Each comment's fields, unique ids, a note of the board, and text as a comment holds it. */
export function validateComments(check: Checker, value: unknown, path: string, notes: ReadonlySet<string>): void {
  const comments = check.array(value, path);
  const ids = new Set<string>();
  comments?.forEach((entry, index) => {
    const commentPath = at(path, index);
    const comment = check.object(entry, commentPath, FIELDS);
    if (!comment) return;
    const id = check.check(comment.id, join(commentPath, 'id'), isCommentId, 'invalid-id');
    if (id !== undefined && ids.has(id)) check.fail(join(commentPath, 'id'), 'duplicate-id');
    if (id !== undefined) ids.add(id);
    const note = check.check(comment.noteId, join(commentPath, 'noteId'), isNoteId, 'invalid-id');
    if (note !== undefined && !notes.has(note)) check.fail(join(commentPath, 'noteId'), 'unknown-note');
    if (comment.createdBy !== null)
      check.check(comment.createdBy, join(commentPath, 'createdBy'), isPersonId, 'invalid-id');
    check.count(comment.createdAt, join(commentPath, 'createdAt'));
    if (comment.editedAt !== null) check.count(comment.editedAt, join(commentPath, 'editedAt'));
    if (comment.group !== null)
      check.check(comment.group, join(commentPath, 'group'), isGroupNumber, 'invalid-group-number');
    const deleted = check.boolean(comment.deleted, join(commentPath, 'deleted'));
    const text = check.string(comment.text, join(commentPath, 'text'));
    if (text === undefined || deleted === undefined) return;
    if (deleted ? text !== '' : !validateNoteText(text).ok) check.fail(join(commentPath, 'text'), 'invalid-text');
  });
}

/** A round's comments: each as a round stores it (`isRoundComment`), ids unique. */
export function validateRoundComments(check: Checker, value: unknown, path: string): void {
  const comments = check.array(value, path);
  const ids = new Set<unknown>();
  comments?.forEach((entry, index) => {
    const commentPath = at(path, index);
    const comment = check.object(entry, commentPath, ROUND_FIELDS);
    if (!comment) return;
    if (!isRoundComment(comment)) check.fail(commentPath, 'invalid-text');
    else if (ids.has(comment.id)) check.fail(join(commentPath, 'id'), 'duplicate-id');
    ids.add(comment.id);
  });
}
