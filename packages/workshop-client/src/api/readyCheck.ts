import { checkReadyRequest, type ReadyAnswer, type ReadyRequest, type WorkshopId } from '@avaa/protocol';
import { type ApiResult, callJson } from './call.ts';

/** The workshop and the personal token (a person's own, from joining) whose answer it is. */
export type ReadyTarget = { readonly base: string; readonly workshop: WorkshopId; readonly token: string };

/** POST /api/workshops/<id>/ready: my answer (or my group's) to the open check, as stored. */
export function sendReadyAnswer(
  target: ReadyTarget,
  check: string,
  answer: ReadyAnswer,
): Promise<ApiResult<ReadyRequest>> {
  const endpoint = {
    base: target.base,
    path: `/api/workshops/${encodeURIComponent(target.workshop)}/ready`,
    token: target.token,
  };
  return callJson(endpoint, { method: 'POST', body: { check, answer } }, 200, checkReadyRequest);
}
