import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAgreementSectionId, type OperationError, proposeAgreement } from '@avaa/board-model';
import { ApiError, checkProposalRequest, type Proposed } from '@avaa/protocol';
import type { ApiContext } from './context.ts';
import { asPersonInWorkshop, personRequest } from './personRequest.ts';
import { type Answer, refused, sendError, sendJson } from './respond.ts';

/**
 * POST /api/workshops/<id>/agreements/proposals `{section, text}` with a personal token: a
 * participant's proposal for the agreements register. Participants do not write the workshop
 * document, so the server adds it for them, marked with the person the token names (never one
 * the body names), and answers once it is stored. The facilitator accepts, edits or removes it
 * in the document as any item.
 */
export async function postProposal(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const request = await personRequest(ctx, req, res, id, { limit: 'proposals', check: checkProposalRequest });
  if (!request) return;
  const { section, text } = request.body;
  if (!isAgreementSectionId(section)) return sendError(res, ApiError.unknownSection, { field: 'section' });
  const answer = await asPersonInWorkshop(ctx, request, async (room) => {
    const proposed = proposeAgreement(room.doc, section, text, request.person);
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
