import type { IncomingMessage, ServerResponse } from 'node:http';
import { type OperationError, ORIGINS, writeReadyAnswer } from '@avaa/board-model';
import { ApiError, checkReadyRequest, type ReadyRequest } from '@avaa/protocol';
import type { ApiContext } from './context.ts';
import { asPersonInWorkshop, personRequest } from './personRequest.ts';
import { type Answer, refused, sendJson } from './respond.ts';

/**
 * POST /api/workshops/<id>/ready `{check, answer}`: my answer to the facilitator's ready check
 * (board-model `readyCheck/`). Participants never write the workshop document, so the server
 * writes the answer for the person the token names, and only theirs (or their group's); no
 * socket may write the answers (auth/serverOwned.ts). Answered 200 once the answer is stored.
 */
export async function postReadyAnswer(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const request = await personRequest(ctx, req, res, id, { limit: 'ready', check: checkReadyRequest });
  if (!request) return;
  const { check, answer } = request.body;
  const answered = await asPersonInWorkshop(ctx, request, async (room) => {
    const write = () => writeReadyAnswer(room.doc, check, request.person, answer);
    const written = room.doc.transact(write, ORIGINS.readyAnswer);
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
