import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPersonId, setCoFacilitator } from '@avaa/board-model';
import { ApiError, type SecondFacilitatorLink } from '@avaa/protocol';
import { signToken } from '../auth/tokens.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { ApiContext } from './context.ts';
import { facilitatorRequest } from './facilitatorRequest.ts';
import { pageLink } from './links.ts';
import { authorize } from './requestAuth.ts';
import { sendError, sendJson } from './respond.ts';

/** A second facilitator link lasts the day (and the night after it), then stops working. */
export const SECOND_LINK_MS = 24 * 60 * 60 * 1000;

/**
 * POST (grant) and DELETE (revoke) /api/workshops/<id>/co-facilitators/<personId>, with the
 * facilitator's own token (a co-facilitator appoints nobody): the server writes the record in the
 * workshop document's `coFacilitators`, which no client may write (auth/serverOwned.ts). Rights
 * follow it at once, on every socket and API call (auth/effectiveCapability.ts). 204 once stored.
 */
export function coFacilitatorHandler(granted: boolean) {
  return async (ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string, person = '') => {
    const checked = await facilitatorRequest(ctx, req, res, id, true);
    if (!checked) return;
    if (!isPersonId(person)) return sendError(res, ApiError.personNotFound);
    const stored = await withWorkshopRoom(ctx.rooms, checked.workshop, async (room) => {
      if (!setCoFacilitator(room.doc, person, granted).ok) return false;
      await room.flushed();
      if (!room.ready) throw new Error('the co-facilitator could not be stored');
      return true;
    });
    if (!stored) return sendError(res, ApiError.personNotFound);
    res.writeHead(204).end();
  };
}

/**
 * POST /api/workshops/<id>/facilitator-link with the facilitator's own lasting token: a second
 * facilitator link expiring in SECOND_LINK_MS, so the day goes on if the facilitator's device dies.
 * Nothing is stored: the expiry is signed into the token. A second link mints no further ones.
 */
export async function postFacilitatorLink(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  if (authorize(ctx.secret, req, id)?.expiresAt !== undefined) return sendError(res, ApiError.forbidden);
  const checked = await facilitatorRequest(ctx, req, res, id, true);
  if (!checked) return;
  const { workshop, origin } = checked;
  const expiresAt = Date.now() + SECOND_LINK_MS;
  const token = signToken(ctx.secret, { workshopId: workshop.id, role: 'facilitator', expiresAt });
  const answer: SecondFacilitatorLink = {
    token,
    expiresAt,
    links: { facilitator: pageLink(origin, workshop.id, token) },
  };
  sendJson(res, 200, answer);
}
