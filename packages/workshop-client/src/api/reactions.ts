import {
  type BoardRef,
  checkMyReactions,
  checkReactionSettings,
  type MyReactions,
  type NoteId,
  type ReactionKind,
  type ReactionSettings,
  type WorkshopId,
} from '@avaa/protocol';
import { type ApiResult, callJson } from './call.ts';

/** The board and the personal token (a person's own, from joining) whose reactions they are. */
export type ReactionTarget = {
  readonly base: string;
  readonly workshop: WorkshopId;
  readonly board: BoardRef;
  readonly token: string;
};

const reactionsPath = ({ workshop, board }: ReactionTarget) =>
  `/api/workshops/${encodeURIComponent(workshop)}/boards/${board.kind === 'plenary' ? 'plenary' : board.group}/reactions`;

/** GET …/boards/<board>/reactions: my reactions on the board as stored. */
export function fetchMyReactions(target: ReactionTarget): Promise<ApiResult<MyReactions>> {
  return callJson({ base: target.base, path: reactionsPath(target), token: target.token }, {}, 200, checkMyReactions);
}

/** POST …/boards/<board>/reactions: turns my reaction of this kind on the note on or off. */
export function toggleReaction(
  target: ReactionTarget,
  note: NoteId,
  kind: ReactionKind,
): Promise<ApiResult<MyReactions>> {
  const endpoint = { base: target.base, path: reactionsPath(target), token: target.token };
  return callJson(endpoint, { method: 'POST', body: { note, kind } }, 200, checkMyReactions);
}

/** POST /api/workshops/<id>/reactions/anonymous (facilitator rights): whether names are shown. */
export function setReactionsAnonymous(
  endpoint: { readonly base: string; readonly workshop: WorkshopId; readonly token: string },
  anonymous: boolean,
): Promise<ApiResult<ReactionSettings>> {
  const path = `/api/workshops/${encodeURIComponent(endpoint.workshop)}/reactions/anonymous`;
  return callJson(
    { base: endpoint.base, path, token: endpoint.token },
    { method: 'POST', body: { anonymous } },
    200,
    checkReactionSettings,
  );
}
