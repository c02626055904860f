import type { IncomingMessage, ServerResponse } from 'node:http';
import { isWorkshopId, ROLES, type Role, roomName, type WorkshopId } from '@avaa/protocol';
import { signToken, verifyToken } from '../auth/tokens.ts';
import type { Storage, WorkshopRecord } from '../storage/types.ts';
import { SYNC_PATH } from '../sync/syncEndpoint.ts';
import { createWorkshop, parseNewWorkshop } from '../workshops.ts';
import { requestOrigin, webSocketOrigin } from './origin.ts';
import { readJsonBody, sendJson } from './respond.ts';

export const MAX_BODY_BYTES = 16 * 1024;

export type ApiContext = {
  readonly storage: Storage;
  readonly secret: Uint8Array;
  readonly publicUrl: string | undefined;
  readonly health: () => Record<string, unknown>;
};

/** Handles `/healthz` and `/api/*`; returns false for any other path. */
export async function handleApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, path: string) {
  if (path === '/healthz') {
    if (!isRead(req)) return methodNotAllowed(res, 'GET, HEAD');
    sendJson(res, 200, { status: 'ok', ...ctx.health() });
    return true;
  }
  if (path === '/api/workshops') {
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
    await postWorkshop(ctx, req, res);
    return true;
  }
  const match = /^\/api\/workshops\/([^/]+)$/.exec(path);
  if (match?.[1] !== undefined) {
    if (!isRead(req)) return methodNotAllowed(res, 'GET, HEAD');
    await getWorkshop(ctx, req, res, match[1]);
    return true;
  }
  if (path === '/api' || path.startsWith('/api/')) {
    sendJson(res, 404, { error: 'not-found' });
    return true;
  }
  return false;
}

async function postWorkshop(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const origin = requestOrigin(req, ctx.publicUrl);
  if (!origin) return sendJson(res, 400, { error: 'bad-host' });
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (!body.ok) return sendJson(res, body.status, { error: body.error }, { Connection: 'close' });
  const input = parseNewWorkshop(body.value);
  if (!input.ok) return sendJson(res, 400, input.error);
  const workshop = await createWorkshop(ctx.storage, input.value);
  sendJson(res, 201, describeNewWorkshop(ctx.secret, origin, workshop));
}

/** The creation response: one link per role, and what a plain y-websocket client needs. */
function describeNewWorkshop(secret: Uint8Array, origin: string, workshop: WorkshopRecord) {
  const tokens = Object.fromEntries(ROLES.map((role) => [role, signToken(secret, { workshopId: workshop.id, role })]));
  const page = `${origin}/w/${workshop.id}`;
  // Tokens go in the fragment, which browsers never send to servers or in Referer headers.
  return {
    id: workshop.id,
    title: workshop.title,
    language: workshop.language,
    links: {
      facilitator: `${page}#token=${tokens.facilitator}`,
      participant: `${page}#token=${tokens.participant}`,
      projector: `${page}/projector#token=${tokens.viewer}`,
    },
    sync: { url: `${webSocketOrigin(origin)}${SYNC_PATH}`, board: roomName(workshop.id), tokens },
  };
}

async function getWorkshop(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const role = authorize(ctx.secret, req, id);
  if (!role) return sendJson(res, 401, { error: 'unauthorized' });
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return sendJson(res, 404, { error: 'workshop-not-found' });
  sendJson(res, 200, { id: workshop.id, title: workshop.title, language: workshop.language, role });
}

/** The role a request's token (query `token` or `Authorization: Bearer`) grants in workshop `id`. */
function authorize(secret: Uint8Array, req: IncomingMessage, id: string): Role | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const token = bearer ?? new URL(req.url ?? '/', 'http://api.invalid').searchParams.get('token');
  const capability = verifyToken(secret, token);
  return capability && capability.workshopId === (id as WorkshopId) ? capability.role : undefined;
}

function isRead(req: IncomingMessage): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

function methodNotAllowed(res: ServerResponse, allow: string): true {
  res.setHeader('Allow', allow);
  sendJson(res, 405, { error: 'method-not-allowed' });
  return true;
}
