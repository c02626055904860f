import { checkSecondFacilitatorLink, type PersonId, type SecondFacilitatorLink, type WorkshopId } from '@avaa/protocol';
import { type ApiResult, callJson, callRaw } from './call.ts';

const coFacilitatorPath = (id: WorkshopId, person: PersonId) =>
  `/api/workshops/${encodeURIComponent(id)}/co-facilitators/${encodeURIComponent(person)}`;

/** POST or DELETE /api/workshops/<id>/co-facilitators/<person> (the facilitator's own token): grant or revoke. */
export async function setCoFacilitatorRight(
  base: string,
  id: WorkshopId,
  token: string,
  person: PersonId,
  granted: boolean,
): Promise<ApiResult<null>> {
  const method = granted ? 'POST' : 'DELETE';
  const answer = await callRaw({ base, path: coFacilitatorPath(id, person), token }, { method }, 204);
  return answer.ok ? { ok: true, value: null } : answer;
}

/** POST /api/workshops/<id>/facilitator-link (the facilitator's own token): a second link, for the day. */
export function createSecondFacilitatorLink(
  base: string,
  id: WorkshopId,
  token: string,
): Promise<ApiResult<SecondFacilitatorLink>> {
  const path = `/api/workshops/${encodeURIComponent(id)}/facilitator-link`;
  return callJson({ base, path, token }, { method: 'POST' }, 200, checkSecondFacilitatorLink);
}
