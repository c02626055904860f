import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PersonId } from '@avaa/board-model';
import { ApiError, type Check, isWorkshopId } from '@avaa/protocol';
import { accessLost } from '../auth/revocation.ts';
import type { Capability } from '../auth/tokens.ts';
import type { Room } from '../rooms/room.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { WorkshopRecord } from '../storage/types.ts';
import type { ApiContext } from './context.ts';
import { authorize } from './requestAuth.ts';
import { type Answer, MAX_BODY_BYTES, readJsonBody, refused, sendBodyError, sendError } from './respond.ts';

/** A request a person makes for themselves, its body checked. */
export type PersonRequest<T> = {
  readonly workshop: WorkshopRecord;
  readonly capability: Capability;
  readonly person: PersonId;
  readonly body: T;
};

/**
 * The checks every endpoint a person answers for makes (a proposal, a ready answer), in one
 * order (401, 404, 403, 429, the body): undefined after answering the error. A role link (the
 * projector's, the facilitator's, the shared participant link) names no person and is refused.
 * `limit` names the person's budget of stored writes (shared with the dots).
 */
export async function personRequest<T>(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  request: { readonly limit: string; readonly check: Check<T> },
): Promise<PersonRequest<T> | undefined> {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return void sendError(res, ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return void sendError(res, ApiError.workshopNotFound);
  const person = capability.personId;
  if (capability.role !== 'participant' || person === undefined) return void sendError(res, ApiError.forbidden);
  if (!ctx.dotChanges.take(`${id}/${request.limit}/${person}`).ok) return void sendError(res, ApiError.tooManyRequests);
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (!body.ok) return void sendBodyError(res, body.error);
  const checked = request.check(body.value);
  if (!checked.ok) return void sendError(res, checked.error, checked.field ? { field: checked.field } : {});
  return { workshop, capability, person, body: checked.value };
}

/** Runs `use` in the loaded workshop room, for a person still in it (removed: 403; link rotated away: 401). */
export function asPersonInWorkshop(
  ctx: ApiContext,
  request: PersonRequest<unknown>,
  use: (room: Room) => Promise<Answer>,
): Promise<Answer> {
  return withWorkshopRoom(ctx.rooms, request.workshop, async (room) => {
    const lost = accessLost(room.doc, request.capability);
    if (lost) return refused(lost.reason === 'removed' ? ApiError.forbidden : ApiError.unauthorized);
    return use(room);
  });
}
