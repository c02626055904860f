import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAgreementSectionId, type OperationError, proposeAgreement } from '@avaa/board-model';
import { ApiError, checkProposalRequest, isWorkshopId, type Proposed } from '@avaa/protocol';
import { accessLost } from '../auth/revocation.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { ApiContext } from './context.ts';
import { authorize } from './requestAuth.ts';
import { type Answer, MAX_BODY_BYTES, readJsonBody, refused, sendBodyError, sendError, sendJson } from './respond.ts';

/**
 * POST /api/workshops/<id>/agreements/proposals `{section, text}` with a personal token: a
 * participant's proposal for the agreements register. Participants do not write the workshop
 * document, so the server adds it for them, marked with the person the token names (never one
 * the body names), and answers once it is stored. The facilitator accepts, edits or removes it
 * in the document as any item.
 */
export async function postProposal(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return sendError(res, ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return sendError(res, ApiError.workshopNotFound);
  const person = capability.personId;
  // A proposal is a person's: a role link (the projector, the generic participant link) has none.
  if (capability.role !== 'participant' || person === undefined) return sendError(res, ApiError.forbidden);
  if (!ctx.dotChanges.take(`${id}/${person}/proposals`).ok) return sendError(res, ApiError.tooManyRequests);
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (!body.ok) return sendBodyError(res, body.error);
  const request = checkProposalRequest(body.value);
  if (!request.ok) return sendError(res, request.error, request.field ? { field: request.field } : {});
  const { section, text } = request.value;
  if (!isAgreementSectionId(section)) return sendError(res, ApiError.unknownSection, { field: 'section' });
  const answer = await withWorkshopRoom(ctx.rooms, workshop, async (room): Promise<Answer> => {
    const lost = accessLost(room.doc, capability);
    if (lost) return refused(lost.reason === 'removed' ? ApiError.forbidden : ApiError.unauthorized);
    const proposed = proposeAgreement(room.doc, section, text, person);
    if (!proposed.ok) return proposalRefusal(proposed.error);
    await room.flushed();
    if (!room.ready) throw new Error('the proposal could not be stored');
    return { status: 201, body: { id: proposed.value } satisfies Proposed };
  });
  sendJson(res, answer.status, answer.body);
}

function proposalRefusal(error: OperationError): Answer {
  switch (error) {
    case 'empty-text':
      return refused(ApiError.empty, { field: 'text' });
    case 'text-too-long':
      return refused(ApiError.tooLong, { field: 'text' });
    case ApiError.controlCharacter:
      return refused(error, { field: 'text' });
    case ApiError.tooManyProposals:
      return refused(error);
    case 'unknown-person':
      return refused(ApiError.forbidden);
    default:
      throw new Error(`proposeAgreement refused a proposal with ${error}`);
  }
}
