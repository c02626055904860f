import { type BoardRef, checkRevealAnswer, type RevealAnswer, type WorkshopId } from '@avaa/protocol';
import { type ApiResult, callJson } from './call.ts';

/** POST …/reveal/<board> (the facilitator's token): every person's private notes onto the board. */
export function revealPrivateNotes(
  target: { readonly base: string; readonly workshop: WorkshopId; readonly token: string },
  board: BoardRef,
): Promise<ApiResult<RevealAnswer>> {
  const name = board.kind === 'plenary' ? 'plenary' : String(board.group);
  const path = `/api/workshops/${encodeURIComponent(target.workshop)}/reveal/${name}`;
  return callJson({ base: target.base, path, token: target.token }, { method: 'POST' }, 200, checkRevealAnswer);
}
