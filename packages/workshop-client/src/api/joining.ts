import {
  checkJoinCodeTarget,
  checkJoined,
  checkJoinLink,
  type JoinCodeTarget,
  type Joined,
  type JoinLink,
  type JoinRequest,
  type WorkshopId,
} from '@avaa/protocol';
import { type ApiResult, callJson } from './call.ts';

/** POST /api/workshops/<id>/join with the link's token: a person, stored, and their own token. */
export function joinWorkshop(
  base: string,
  id: WorkshopId,
  linkToken: string,
  request: JoinRequest,
): Promise<ApiResult<Joined>> {
  const path = `/api/workshops/${encodeURIComponent(id)}/join`;
  return callJson({ base, path, token: linkToken }, { method: 'POST', body: request }, 201, checkJoined);
}

/** GET /api/join/<code> (no token, rate-limited): which workshop a typed join code opens. */
export function lookupJoinCode(base: string, code: string): Promise<ApiResult<JoinCodeTarget>> {
  return callJson({ base, path: `/api/join/${encodeURIComponent(code)}` }, {}, 200, checkJoinCodeTarget);
}

/**
 * GET /api/workshops/<id>/join-link: the participant link and join code, for the facilitator, or
 * for the projector's token while the joining screen is shown.
 */
export function fetchJoinLink(base: string, id: WorkshopId, token: string): Promise<ApiResult<JoinLink>> {
  const path = `/api/workshops/${encodeURIComponent(id)}/join-link`;
  return callJson({ base, path, token }, {}, 200, checkJoinLink);
}
