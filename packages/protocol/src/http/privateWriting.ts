import { type Check, finiteNumber, object } from './check.ts';

/**
 * POST /api/workshops/<id>/reveal/<board> with the facilitator's token (`<board>`: `plenary` or
 * a group's number): every person's unrevealed private notes onto the board, at once.
 */
export type RevealAnswer = {
  /** Notes on the board for the first time: 0 when a reveal before this one took them all. */
  readonly added: number;
};

export const checkRevealAnswer: Check<RevealAnswer> = object({ added: finiteNumber });
