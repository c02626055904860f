import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RotatedLink } from '@avaa/protocol';
import { rotateParticipantLink } from '../auth/revocation.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { ApiContext } from './context.ts';
import { facilitatorRequest } from './facilitatorRequest.ts';
import { pageLink, participantToken } from './links.ts';
import { sendJson } from './respond.ts';

/**
 * POST /api/workshops/<id>/rotate with the facilitator's token: a new participant link. The old
 * link's token stops working at once (the join API, the join-code lookup and every socket holding
 * it, closed with 4401 as the workshop document changes); people who already joined keep their
 * personal tokens. Answers once the new generation is stored.
 */
export async function postRotate(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const checked = await facilitatorRequest(ctx, req, res, id);
  if (!checked) return;
  const { workshop, origin } = checked;
  const generation = await withWorkshopRoom(ctx.rooms, workshop, async (room) => {
    const next = rotateParticipantLink(room.doc);
    await room.flushed();
    if (!room.ready) throw new Error('the rotated link could not be stored');
    return next;
  });
  const token = participantToken(ctx.secret, workshop.id, generation);
  sendJson(res, 200, { token, links: { participant: pageLink(origin, workshop.id, token) } } satisfies RotatedLink);
}
