import { ApiError } from '../apiErrors.ts';
import { isNoteId } from '../vocabulary.ts';
import { type Check, guarded, object } from './check.ts';

/** A person's answer to the facilitator's "are you done?" (board-model `readyCheck/`). */
export const READY_ANSWERS = ['ready', 'more-time'] as const;
export type ReadyAnswer = (typeof READY_ANSWERS)[number];

export function isReadyAnswer(value: unknown): value is ReadyAnswer {
  return typeof value === 'string' && (READY_ANSWERS as readonly string[]).includes(value);
}

/**
 * POST /api/workshops/<id>/ready `{check, answer}` with a personal token: my answer (or my
 * group's) to the open check `check`. Answered 200 with the same body once it is stored.
 */
export type ReadyRequest = { readonly check: string; readonly answer: ReadyAnswer };

/** A check's id has the alphabet of note ids (board-model `startReadyCheck`). */
export const checkReadyRequest: Check<ReadyRequest> = object({
  check: guarded(isNoteId, ApiError.noReadyCheck),
  answer: guarded(isReadyAnswer, ApiError.unknownReadyAnswer),
});
