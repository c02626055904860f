import { ApiError } from '../apiErrors.ts';
import { isNoteId, type NoteId } from '../vocabulary.ts';
import { arrayOf, type Check, guarded, object } from './check.ts';

/** The small fixed set of reactions on a note (board-model `reactions/`). */
export const REACTION_KINDS = ['agree', 'important', 'question', 'idea'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export function isReactionKind(value: unknown): value is ReactionKind {
  return typeof value === 'string' && (REACTION_KINDS as readonly string[]).includes(value);
}

/**
 * POST /api/workshops/<id>/boards/<board>/reactions `{note, kind}` with a personal token: turns my
 * reaction of this kind on the note on or off. `<board>` is `plenary` or a group's number.
 * Answered with my reactions on that board as stored.
 */
export type ReactionRequest = { readonly note: NoteId; readonly kind: ReactionKind };

/** My reactions on a board: the answer to GET and POST …/reactions. */
export type MyReactions = { readonly reactions: readonly ReactionRequest[] };

/** POST /api/workshops/<id>/reactions/anonymous `{anonymous}` (facilitator): whether names are shown. */
export type ReactionSettings = { readonly anonymous: boolean };

export const checkReactionRequest: Check<ReactionRequest> = object({
  note: guarded(isNoteId, ApiError.unknownNote),
  kind: guarded(isReactionKind, ApiError.unknownReaction),
});

export const checkMyReactions: Check<MyReactions> = object({ reactions: arrayOf(checkReactionRequest) });

export const checkReactionSettings: Check<ReactionSettings> = object({
  anonymous: guarded((value: unknown): value is boolean => typeof value === 'boolean'),
});
