import { type CommentView, type PersonId, readPeople } from '@avaa/board-model';
import { useContext } from 'react';
import * as Y from 'yjs';
import { useBoard } from '../board/BoardContext.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { isFacilitator, WorkshopContext } from '../workshop/WorkshopContext.ts';

export type CommentRights = {
  /** Who I write comments as: my person, or none (the facilitator who did not join as one). */
  readonly author: PersonId | undefined;
  readonly mayWrite: boolean;
  mayEdit(comment: CommentView): boolean;
  /** One's own; the facilitator any (moderation). The server checks the same. */
  mayDelete(comment: CommentView): boolean;
  /** Names of the workshop's people by id, for the thread. */
  readonly names: ReadonlyMap<string, string>;
};

const EMPTY_DOC_NAMES = new Map<string, string>();
/** Read when there is no workshop (a board rendered alone in a test): nobody's name. */
const NO_DOC = new Y.Doc();

function readNames(doc: Y.Doc): Record<string, string> {
  return Object.fromEntries(readPeople(doc).map((person) => [person.id, person.name]));
}

/**
 * What this person may do in a note's comment thread. The server refuses a participant's comment
 * written as another person, and an edit or a delete of another's: this only keeps the UI honest.
 */
export function useCommentRights(): CommentRights {
  const { canEdit } = useBoard();
  const workshop = useContext(WorkshopContext);
  const names = useNames(workshop?.doc);
  const facilitator = workshop !== null && isFacilitator(workshop);
  const author = workshop?.personId ?? undefined;
  const mayWrite = canEdit && (facilitator || author !== undefined);
  const isOwn = (comment: CommentView) =>
    comment.createdBy === undefined ? facilitator && author === undefined : comment.createdBy === author;
  return {
    author,
    mayWrite,
    mayEdit: (comment) => mayWrite && !comment.deleted && isOwn(comment),
    mayDelete: (comment) => mayWrite && !comment.deleted && (facilitator || isOwn(comment)),
    names,
  };
}

function useNames(doc: Y.Doc | undefined): ReadonlyMap<string, string> {
  const names = useDocSnapshot(doc ?? NO_DOC, readNames);
  return doc ? new Map(Object.entries(names)) : EMPTY_DOC_NAMES;
}
