import { checkProposed, type ProposalRequest, type Proposed, type WorkshopId } from '@avaa/protocol';
import { type ApiResult, callJson } from './call.ts';

/** POST /api/workshops/<id>/agreements/proposals: a participant's proposal, answered once stored. */
export function proposeAgreementItem(
  target: { readonly base: string; readonly workshop: WorkshopId; readonly token: string },
  request: ProposalRequest,
): Promise<ApiResult<Proposed>> {
  const path = `/api/workshops/${encodeURIComponent(target.workshop)}/agreements/proposals`;
  return callJson(
    { base: target.base, path, token: target.token },
    { method: 'POST', body: request },
    201,
    checkProposed,
  );
}
