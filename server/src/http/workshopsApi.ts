import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, type CreatedWorkshop, isWorkshopId, roomName, type WorkshopSummary } from '@avaa/protocol';
import { isRevokedToken } from '../auth/revocation.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { WorkshopRecord } from '../storage/types.ts';
import { createWorkshop, parseNewWorkshop } from '../workshops.ts';
import type { ApiContext } from './context.ts';
import { clientAddress } from './guards.ts';
import { roleTokens, syncUrl, workshopLinks } from './links.ts';
import { requestOrigin } from './origin.ts';
import { authorize } from './requestAuth.ts';
import { MAX_BODY_BYTES, readJsonBody, sendBodyError, sendError, sendJson } from './respond.ts';

/** POST /api/workshops: validates, stores and seeds a workshop (workshops.ts). */
export async function postWorkshop(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const origin = requestOrigin(req, ctx.links);
  if (origin === undefined) return sendError(res, ApiError.badHost);
  if (!mayCreate(ctx, req, res)) return;
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (!body.ok) return sendBodyError(res, body.error);
  const input = parseNewWorkshop(body.value);
  if (!input.ok) return sendError(res, input.error.error, input.error.field ? { field: input.error.field } : {});
  const workshop = await createWorkshop(ctx.storage, input.value);
  sendJson(res, 201, describeNewWorkshop(ctx.secret, origin, workshop));
}

/**
 * Creations (and imports) per client address: past the bucket, 429 `too-many-workshops` with
 * `Retry-After` (the body is not read). Answers and returns false then.
 */
export function mayCreate(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): boolean {
  const limit = ctx.guards.creations.take(clientAddress(req, ctx.guards.trustProxy));
  if (limit.ok) return true;
  const headers = { 'Retry-After': String(limit.retryAfterSeconds), Connection: 'close' };
  sendError(res, ApiError.tooManyWorkshops, {}, headers);
  return false;
}

/** The creation response: one link per role, the join code, and what a plain y-websocket client needs. */
export function describeNewWorkshop(secret: Uint8Array, origin: string, workshop: WorkshopRecord): CreatedWorkshop {
  const tokens = roleTokens(secret, workshop.id);
  return {
    id: workshop.id,
    title: workshop.title,
    language: workshop.language,
    joinCode: workshop.joinCode,
    links: workshopLinks(origin, workshop.id, tokens),
    sync: { url: syncUrl(origin), board: roomName(workshop.id), tokens },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * GET /api/workshops/<id>: what the token grants; the facilitator also gets the join code and
 * the retention (days after the last activity until the workshop is deleted; 0: kept forever).
 */
export async function getWorkshop(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return sendError(res, ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return sendError(res, ApiError.workshopNotFound);
  // Only a generic participant token can have been rotated away: the others need no room.
  if (capability.role === 'participant' && capability.personId === undefined) {
    const revoked = await withWorkshopRoom(ctx.rooms, workshop, (room) => isRevokedToken(room.doc, capability));
    if (revoked) return sendError(res, ApiError.unauthorized);
  }
  const { role } = capability;
  const summary: WorkshopSummary = { id: workshop.id, title: workshop.title, language: workshop.language, role };
  const retentionDays = Math.round(ctx.retentionMs / DAY_MS);
  sendJson(
    res,
    200,
    role === 'facilitator'
      ? ({ ...summary, joinCode: workshop.joinCode, retentionDays } satisfies WorkshopSummary)
      : summary,
  );
}
