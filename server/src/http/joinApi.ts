import type { IncomingMessage, ServerResponse } from 'node:http';
import { addPerson, type NewPerson, type OperationError, type PersonView, readPerson } from '@avaa/board-model';
import { ApiError, checkJoinRequest, isWorkshopId, type JoinCodeTarget, type Joined } from '@avaa/protocol';
import { accessLost, PERSON_TOKEN_TTL_MS, participantLinkGeneration } from '../auth/revocation.ts';
import { signToken } from '../auth/tokens.ts';
import { normalizeJoinCode } from '../joinCodes.ts';
import type { Room } from '../rooms/room.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { ApiContext } from './context.ts';
import { clientAddress } from './guards.ts';
import { pageLink, participantToken } from './links.ts';
import { requestOrigin } from './origin.ts';
import { authorize } from './requestAuth.ts';
import { type Answer, MAX_BODY_BYTES, readJsonBody, refused, sendBodyError, sendError, sendJson } from './respond.ts';

/**
 * POST /api/workshops/<id>/join `{name, role}` with a participant's or facilitator's token: adds
 * the person to the workshop document through its loaded room, so the change is stored and
 * relayed live like any edit, and answers once it is stored, with a token naming the person.
 */
export async function postJoin(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const limit = ctx.guards.joins.take(clientAddress(req, ctx.guards.trustProxy));
  if (!limit.ok) return tooManyRequests(res, limit.retryAfterSeconds);
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return sendError(res, ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return sendError(res, ApiError.workshopNotFound);
  if (capability.role === 'viewer') return sendError(res, ApiError.forbidden);
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (!body.ok) return sendBodyError(res, body.error);
  const input = checkJoinRequest(body.value);
  if (!input.ok) return sendError(res, input.error, input.field ? { field: input.field } : {});
  const joined = await withWorkshopRoom(ctx.rooms, workshop, async (room): Promise<JoinOutcome> => {
    const lost = accessLost(room.doc, capability);
    // A removed person: forbidden; a participant link rotated away: no longer a valid token.
    if (lost?.reason === 'removed') return { refusal: refused(ApiError.forbidden) };
    if (lost) return { refusal: refused(ApiError.unauthorized) };
    return join(room, input.value);
  });
  if ('refusal' in joined) return sendJson(res, joined.refusal.status, joined.refusal.body);
  const token = signToken(ctx.secret, {
    workshopId: workshop.id,
    role: 'participant',
    personId: joined.person.id,
    expiresAt: Date.now() + PERSON_TOKEN_TTL_MS,
  });
  sendJson(res, 201, { person: joined.person, token } satisfies Joined);
}

type JoinOutcome = { readonly person: Pick<PersonView, 'id' | 'name' | 'role'> } | { readonly refusal: Answer };

async function join(room: Room, input: NewPerson): Promise<JoinOutcome> {
  const added = addPerson(room.doc, input);
  if (!added.ok) return { refusal: joinRefusal(added.error) };
  // The person's token is only handed out once the person is durable.
  await room.flushed();
  const person = readPerson(room.doc, added.value);
  if (!room.ready || !person) throw new Error('the joined person could not be stored');
  return { person: { id: person.id, name: person.name, role: person.role } };
}

function joinRefusal(error: OperationError): Answer {
  switch (error) {
    case ApiError.joiningClosed:
    case ApiError.tooManyPeople:
      return refused(error);
    case ApiError.unknownRole:
      return refused(error, { field: 'role' });
    case ApiError.emptyName:
    case ApiError.nameTooLong:
    case ApiError.controlCharacter:
      return refused(error, { field: 'name' });
    default:
      throw new Error(`addPerson refused a join with ${error}`);
  }
}

/**
 * GET /api/join/<code>: how people who typed a join code find the workshop. No token needed, so
 * lookups are rate-limited per client address (guards.ts: behind a trusted proxy, the address it
 * forwards), never per workshop alone (a few addresses would then lock its people out); codes
 * are case-insensitive. The link handed out is the participant link's current generation.
 */
export async function getJoinCode(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, typed: string) {
  const limit = ctx.joinLookups.take(clientAddress(req, ctx.guards.trustProxy));
  if (!limit.ok) return tooManyRequests(res, limit.retryAfterSeconds);
  const origin = requestOrigin(req, ctx.links);
  if (origin === undefined) return sendError(res, ApiError.badHost);
  const code = normalizeJoinCode(safeDecode(typed));
  const workshop = code === undefined ? undefined : await ctx.storage.findWorkshopByJoinCode(code);
  if (!workshop) return sendError(res, ApiError.unknownJoinCode);
  const generation = await withWorkshopRoom(ctx.rooms, workshop, (room) => participantLinkGeneration(room.doc));
  const token = participantToken(ctx.secret, workshop.id, generation);
  const participant = pageLink(origin, workshop.id, token);
  const target: JoinCodeTarget = {
    id: workshop.id,
    title: workshop.title,
    language: workshop.language,
    links: { participant },
  };
  sendJson(res, 200, target);
}

function tooManyRequests(res: ServerResponse, retryAfterSeconds: number): void {
  const headers = { 'Retry-After': String(retryAfterSeconds), Connection: 'close' };
  sendError(res, ApiError.tooManyRequests, {}, headers);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
