import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, isWorkshopId } from '@avaa/protocol';
import type { WorkshopRecord } from '../storage/types.ts';
import type { ApiContext } from './context.ts';
import { hasFacilitatorRights } from './facilitatorRights.ts';
import { requestOrigin } from './origin.ts';
import { authorize } from './requestAuth.ts';
import { sendError } from './respond.ts';

/**
 * The checks every facilitator-only endpoint makes, in one order (401, 404, 403, 400): the
 * workshop and the request's origin when they pass, undefined after answering the error. A
 * co-facilitator passes too, unless `own` asks for the facilitator's own token.
 */
export async function facilitatorRequest(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  own = false,
): Promise<{ workshop: WorkshopRecord; origin: string } | undefined> {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return void sendError(res, ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return void sendError(res, ApiError.workshopNotFound);
  if (!(await hasFacilitatorRights(ctx, workshop, capability, own))) return void sendError(res, ApiError.forbidden);
  const origin = requestOrigin(req, ctx.links);
  if (origin === undefined) return void sendError(res, ApiError.badHost);
  return { workshop, origin };
}
