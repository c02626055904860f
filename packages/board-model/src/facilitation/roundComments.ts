import type * as Y from 'yjs';
import { asCommentEntry, isCommentId, readComments } from '../comments/commentSchema.ts';
import { isGroupNumber } from '../groupNumber.ts';
import { isPersonId, type PersonId } from '../groups/participants.ts';
import { isNoteId, type NoteId } from '../ids.ts';

/**
 * A comment as a round keeps it: the live comments of the round's notes, oldest first, stored
 * and exported in this one shape. `comments` came later than rounds: a round closed before it
 * reads `comments: null`.
 */
export type RoundComment = {
  readonly id: string;
  readonly noteId: NoteId;
  readonly createdBy: PersonId | null;
  readonly createdAt: number;
  readonly text: string;
  readonly group: number | null;
};

/** The live comments of these notes of the board, as a round keeps them. */
export function roundComments(boardDoc: Y.Doc, notes: ReadonlySet<string>): RoundComment[] {
  return readComments(boardDoc)
    .filter((comment) => !comment.deleted && notes.has(comment.noteId))
    .map((comment) => ({
      id: comment.id,
      noteId: comment.noteId,
      createdBy: comment.createdBy ?? null,
      createdAt: comment.createdAt,
      text: comment.text,
      group: comment.group ?? null,
    }));
}

/** A round's stored comments, malformed ones skipped; null for a round without them. */
export function readRoundComments(value: unknown): RoundComment[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isRoundComment);
}

export function isRoundComment(value: unknown): value is RoundComment {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { id, noteId, createdBy, createdAt, text, group } = value as Record<string, unknown>;
  if (!isCommentId(id) || !isNoteId(noteId) || (createdBy !== null && !isPersonId(createdBy))) return false;
  if (group !== null && !isGroupNumber(group)) return false;
  return asCommentEntry({ noteId, createdAt, text }) !== undefined && text !== '';
}
