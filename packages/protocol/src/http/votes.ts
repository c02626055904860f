import { ApiError } from '../apiErrors.ts';
import { isChangeId, isNoteId, isPersonId, type NoteId, type PersonId } from '../vocabulary.ts';
import { arrayOf, type Check, finiteNumber, guarded, object, optional } from './check.ts';

/**
 * POST /api/workshops/<id>/votes/<vote>/dots `{note, change?}` with a personal token: one more
 * dot on a note. `change` is the device's id for the change, the same on every retry.
 * (DELETE …/dots/<note>?change=<id> takes one back.)
 */
export type DotRequest = { readonly note: NoteId; readonly change?: string };

/** My dots in a vote as stored: the answer to every dots request. */
export type MyDots = { readonly notes: readonly NoteId[]; readonly left: number; readonly total: number };

/** 200 to GET …/votes/<vote>/people (facilitator, a named vote): each person's dots. */
export type VotePeople = {
  readonly people: readonly { readonly person: PersonId; readonly notes: readonly NoteId[] }[];
};

const noteId = guarded(isNoteId, ApiError.unknownNote);

export const checkDotRequest: Check<DotRequest> = object({
  note: noteId,
  change: optional(guarded(isChangeId, ApiError.invalidChange)),
});

export const checkMyDots: Check<MyDots> = object({ notes: arrayOf(noteId), left: finiteNumber, total: finiteNumber });

export const checkVotePeople: Check<VotePeople> = object({
  people: arrayOf(object({ person: guarded(isPersonId), notes: arrayOf(noteId) })),
});
