import {
  type CreatedWorkshop,
  checkCreatedWorkshop,
  checkRotatedLink,
  checkWorkshopBoards,
  checkWorkshopSummary,
  type NewWorkshopRequest,
  type RotatedLink,
  type WorkshopBoards,
  type WorkshopId,
  type WorkshopSummary,
} from '@avaa/protocol';
import { type ApiResult, callJson, callRaw } from './call.ts';

const workshopPath = (id: WorkshopId) => `/api/workshops/${encodeURIComponent(id)}`;

/** POST /api/workshops: a new workshop, open to anyone (rate-limited per address). */
export function createWorkshop(base: string, request: NewWorkshopRequest): Promise<ApiResult<CreatedWorkshop>> {
  return callJson({ base, path: '/api/workshops' }, { method: 'POST', body: request }, 201, checkCreatedWorkshop);
}

/** GET /api/workshops/<id>: what the token grants (the facilitator also gets the join code and retention). */
export function fetchWorkshop(base: string, id: WorkshopId, token: string): Promise<ApiResult<WorkshopSummary>> {
  return callJson({ base, path: workshopPath(id), token }, {}, 200, checkWorkshopSummary);
}

/** GET /api/workshops/<id>/boards (facilitator): every room, the live groups and the role tokens. */
export function fetchWorkshopBoards(base: string, id: WorkshopId, token: string): Promise<ApiResult<WorkshopBoards>> {
  return callJson({ base, path: `${workshopPath(id)}/boards`, token }, {}, 200, checkWorkshopBoards);
}

/** POST /api/workshops/<id>/rotate (facilitator): a new participant link; the old one stops working. */
export function rotateParticipantLink(base: string, id: WorkshopId, token: string): Promise<ApiResult<RotatedLink>> {
  return callJson({ base, path: `${workshopPath(id)}/rotate`, token }, { method: 'POST' }, 200, checkRotatedLink);
}

/** DELETE /api/workshops/<id> (facilitator): the workshop and everything in it, at once. */
export async function deleteWorkshop(base: string, id: WorkshopId, token: string): Promise<ApiResult<null>> {
  const answer = await callRaw({ base, path: workshopPath(id), token }, { method: 'DELETE' }, 204);
  return answer.ok ? { ok: true, value: null } : answer;
}
