import type { IncomingMessage, ServerResponse } from 'node:http';
import { addPerson, type NewPerson, type OperationError, type ParticipantRole, readPerson } from '@avaa/board-model';
import { isWorkshopId } from '@avaa/protocol';
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
import { MAX_BODY_BYTES, readJsonBody, sendJson } from './respond.ts';

type JoinInputError = { readonly error: 'not-an-object' | 'not-a-string' | OperationError; readonly field?: string };

/**
 * POST /api/workshops/<id>/join `{name, role}` with a participant's or facilitator's token: adds
 * the person to the workshop document through its loaded room, so the change is stored and
 * relayed live like any edit, and answers once it is stored, with a token naming the person.
 */
export async function postJoin(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const limit = ctx.guards.joins.take(clientAddress(req, ctx.guards.trustProxy));
  if (!limit.ok) return tooManyRequests(res, limit.retryAfterSeconds);
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return sendJson(res, 401, { error: 'unauthorized' });
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return sendJson(res, 404, { error: 'workshop-not-found' });
  if (capability.role === 'viewer') return sendJson(res, 403, { error: 'forbidden' });
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (!body.ok) return sendJson(res, body.status, { error: body.error }, { Connection: 'close' });
  const input = parseJoinBody(body.value);
  if ('error' in input) return sendJson(res, 400, input);
  const joined = await withWorkshopRoom(ctx.rooms, workshop, async (room) => {
    const lost = accessLost(room.doc, capability);
    // A removed person: forbidden; a participant link rotated away: no longer a valid token.
    if (lost?.reason === 'removed') return { status: 403, body: { error: 'forbidden' } } as const;
    if (lost) return { status: 401, body: { error: 'unauthorized' } } as const;
    return join(room, input);
  });
  if (joined.status !== 201) return sendJson(res, joined.status, joined.body);
  const token = signToken(ctx.secret, {
    workshopId: workshop.id,
    role: 'participant',
    personId: joined.person.id,
    expiresAt: Date.now() + PERSON_TOKEN_TTL_MS,
  });
  sendJson(res, 201, { person: joined.person, token });
}

async function join(room: Room, input: NewPerson) {
  const added = addPerson(room.doc, input);
  if (!added.ok) {
    if (added.error === 'joining-closed') return { status: 403, body: { error: added.error } } as const;
    if (added.error === 'too-many-people') return { status: 409, body: { error: added.error } } as const;
    return { status: 400, body: { error: added.error, field: fieldOf(added.error) } } as const;
  }
  // The person's token is only handed out once the person is durable.
  await room.flushed();
  const person = readPerson(room.doc, added.value);
  if (!room.ready || !person) throw new Error('the joined person could not be stored');
  return { status: 201, person: { id: person.id, name: person.name, role: person.role } } as const;
}

/** The body's shape only: the operation itself validates the name and the role, in its order. */
function parseJoinBody(body: unknown): NewPerson | JoinInputError {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { error: 'not-an-object' };
  const { name, role } = body as Record<string, unknown>;
  if (typeof name !== 'string') return { error: 'not-a-string', field: 'name' };
  // addPerson refuses anything that is not one of PARTICIPANT_ROLES with 'unknown-role'.
  return { name, role: role as ParticipantRole };
}

function fieldOf(error: OperationError): string {
  return error === 'unknown-role' ? 'role' : 'name';
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
  if (origin === undefined) return sendJson(res, 400, { error: 'bad-host' });
  const code = normalizeJoinCode(safeDecode(typed));
  const workshop = code === undefined ? undefined : await ctx.storage.findWorkshopByJoinCode(code);
  if (!workshop) return sendJson(res, 404, { error: 'unknown-join-code' });
  const generation = await withWorkshopRoom(ctx.rooms, workshop, (room) => participantLinkGeneration(room.doc));
  const token = participantToken(ctx.secret, workshop.id, generation);
  const participant = pageLink(origin, workshop.id, token);
  sendJson(res, 200, { id: workshop.id, title: workshop.title, language: workshop.language, links: { participant } });
}

function tooManyRequests(res: ServerResponse, retryAfterSeconds: number): void {
  const headers = { 'Retry-After': String(retryAfterSeconds), Connection: 'close' };
  sendJson(res, 429, { error: 'too-many-requests' }, headers);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
