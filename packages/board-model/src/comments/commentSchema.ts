import type * as Y from 'yjs';
import { isGroupNumber } from '../groupNumber.ts';
import type { PersonId } from '../groups/participants.ts';
import { isNoteId, type NoteId } from '../ids.ts';
import { codePointLength, MAX_NOTE_TEXT_LENGTH } from '../validation.ts';

/**
 * A note's comments, in the board document beside the notes:
 *
 *   comments: Y.Map<commentId, CommentEntry>  one plain value per comment (not a Y.Map), so a
 *             write is always a whole entry: the server checks each one in full (commentWrites.ts),
 *             and an edit or a delete replaces the entry, which lets Yjs drop the old text.
 *
 * A deleted comment keeps its place in the thread with its text emptied. An older reader that
 * does not know the root simply does not show comments.
 */
export const COMMENTS_ROOT = 'comments';

/** A comment is a sentence or a short paragraph: the same bound as a note's text. */
export const MAX_COMMENT_TEXT_LENGTH = MAX_NOTE_TEXT_LENGTH;

export type CommentId = string & { readonly __comment: true };

export type CommentEntry = {
  readonly noteId: NoteId;
  /** Who wrote it; absent for the facilitator's own (who may not have joined as a person). */
  readonly createdBy?: PersonId;
  readonly createdAt: number;
  readonly text: string;
  readonly editedAt?: number;
  readonly deleted?: true;
  /** Provenance: the group whose board the comment was written on, for one merged to the common table. */
  readonly group?: number;
};

export type CommentView = CommentEntry & { readonly id: CommentId };

const COMMENT_ID = /^c[0-9a-z]{12}$/;

export function isCommentId(value: unknown): value is CommentId {
  return typeof value === 'string' && COMMENT_ID.test(value);
}

export function commentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(COMMENTS_ROOT);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

const FIELDS: ReadonlySet<string> = new Set([
  'noteId',
  'createdBy',
  'createdAt',
  'text',
  'editedAt',
  'deleted',
  'group',
]);

/** A stored value as a comment entry, or undefined when it does not fit (anything may be written). */
export function asCommentEntry(value: unknown): CommentEntry | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entry = value as Record<string, unknown>;
  if (Object.keys(entry).some((key) => !FIELDS.has(key))) return undefined;
  const { noteId, createdBy, createdAt, text, editedAt, deleted, group } = entry;
  if (!isNoteId(noteId) || !isTime(createdAt) || typeof text !== 'string') return undefined;
  if (codePointLength(text) > MAX_COMMENT_TEXT_LENGTH) return undefined;
  if (createdBy !== undefined && (typeof createdBy !== 'string' || createdBy === '')) return undefined;
  if (editedAt !== undefined && !isTime(editedAt)) return undefined;
  if (deleted !== undefined && deleted !== true) return undefined;
  if (deleted === true && text !== '') return undefined;
  if (group !== undefined && !isGroupNumber(group)) return undefined;
  return entry as CommentEntry;
}

/** Every well-formed comment of the board, oldest first (ties by id, so every peer agrees). */
export function readComments(doc: Y.Doc): CommentView[] {
  if (!doc.share.has(COMMENTS_ROOT)) return [];
  const views: CommentView[] = [];
  commentsMap(doc).forEach((value, id) => {
    const entry = asCommentEntry(value);
    if (entry && isCommentId(id)) views.push({ ...entry, id });
  });
  return views.sort(compareComments);
}

export function compareComments(a: CommentView, b: CommentView): number {
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One note's thread, oldest first, deleted comments included (they show as deleted). */
export function commentsOfNote(doc: Y.Doc, note: NoteId): CommentView[] {
  return readComments(doc).filter((comment) => comment.noteId === note);
}

/** How many live comments each note has. */
export function commentCounts(doc: Y.Doc): Map<NoteId, number> {
  const counts = new Map<NoteId, number>();
  for (const comment of readComments(doc)) {
    if (!comment.deleted) counts.set(comment.noteId, (counts.get(comment.noteId) ?? 0) + 1);
  }
  return counts;
}
