import type { IncomingMessage, ServerResponse } from 'node:http';
import { isJoiningShown } from '@avaa/board-model';
import { ApiError, isWorkshopId, type JoinLink } from '@avaa/protocol';
import { participantLinkGeneration } from '../auth/revocation.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { ApiContext } from './context.ts';
import { hasFacilitatorRights } from './facilitatorRights.ts';
import { pageLink, participantToken } from './links.ts';
import { requestOrigin } from './origin.ts';
import { authorize } from './requestAuth.ts';
import { sendError, sendJson } from './respond.ts';

/**
 * GET /api/workshops/<id>/join-link: the participant link (its current generation) and the join
 * code, for the projector's joining screen. The projector holds a read-only viewer token, which
 * the feedback link shares; so a viewer gets them only while the facilitator has the joining
 * screen on the projector (at setup, or when shown), when they are on the wall anyway: a rotated
 * link is not handed back to whoever kept the feedback link. The facilitator always may.
 */
export async function getJoinLink(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return sendError(res, ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return sendError(res, ApiError.workshopNotFound);
  const facilitator = await hasFacilitatorRights(ctx, workshop, capability);
  if (capability.role !== 'viewer' && !facilitator) return sendError(res, ApiError.forbidden);
  const origin = requestOrigin(req, ctx.links);
  if (origin === undefined) return sendError(res, ApiError.badHost);
  const state = await withWorkshopRoom(ctx.rooms, workshop, (room) => ({
    shown: isJoiningShown(room.doc),
    generation: participantLinkGeneration(room.doc),
  }));
  if (capability.role === 'viewer' && !state.shown) return sendError(res, ApiError.joiningNotShown);
  const participant = pageLink(origin, workshop.id, participantToken(ctx.secret, workshop.id, state.generation));
  sendJson(res, 200, { participant, joinCode: workshop.joinCode } satisfies JoinLink);
}
