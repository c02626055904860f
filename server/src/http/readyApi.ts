import type { IncomingMessage, ServerResponse } from 'node:http';
import { type OperationError, ORIGINS, writeReadyAnswer } from '@avaa/board-model';
import { ApiError, checkReadyRequest, isWorkshopId, type ReadyRequest } from '@avaa/protocol';
import { accessLost } from '../auth/revocation.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { ApiContext } from './context.ts';
import { authorize } from './requestAuth.ts';
import { type Answer, MAX_BODY_BYTES, readJsonBody, refused, sendBodyError, sendError, sendJson } from './respond.ts';

/**
 * POST /api/workshops/<id>/ready `{check, answer}`: my answer to the facilitator's ready check
 * (board-model `readyCheck/`). Participants never write the workshop document, so the server
 * writes the answer for the person the token names, and only theirs (or their group's); no
 * socket may write the answers (auth/serverOwned.ts). Answered 200 once the answer is stored.
 */
export async function postReadyAnswer(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return sendError(res, ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return sendError(res, ApiError.workshopNotFound);
  const person = capability.personId;
  // An answer is a person's: a role link (projector, facilitator's, the shared participant link) has none.
  if (capability.role !== 'participant' || person === undefined) return sendError(res, ApiError.forbidden);
  if (!ctx.dotChanges.take(`${id}/ready/${person}`).ok) return sendError(res, ApiError.tooManyRequests);
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (!body.ok) return sendBodyError(res, body.error);
  const request = checkReadyRequest(body.value);
  if (!request.ok) return sendError(res, request.error, request.field ? { field: request.field } : {});
  const { check, answer } = request.value;
  const answered = await withWorkshopRoom(ctx.rooms, workshop, async (room): Promise<Answer> => {
    const lost = accessLost(room.doc, capability);
    if (lost?.reason === 'removed') return refused(ApiError.forbidden);
    if (lost) return refused(ApiError.unauthorized);
    const written = room.doc.transact(() => writeReadyAnswer(room.doc, check, person, answer), ORIGINS.readyAnswer);
    if (!written.ok) return refusal(written.error);
    // "Stored" only once it is: the answer is durable before the person hears so.
    await room.flushed();
    if (!room.ready) throw new Error('a ready answer could not be stored');
    return { status: 200, body: { check, answer } satisfies ReadyRequest };
  });
  sendJson(res, answered.status, answered.body);
}

function refusal(error: OperationError): Answer {
  switch (error) {
    case ApiError.notInReadyCheck:
      return refused(error);
    case ApiError.unknownReadyAnswer:
      return refused(error, { field: 'answer' });
    default:
      return refused(ApiError.noReadyCheck);
  }
}
