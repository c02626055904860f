import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '@avaa/protocol';
import { postProposal } from './agreementsApi.ts';
import { getBoards } from './boardsApi.ts';
import { coFacilitatorHandler, postFacilitatorLink } from './coFacilitatorsApi.ts';
import type { ApiContext } from './context.ts';
import { deleteWorkshopApi } from './deleteApi.ts';
import { getExport } from './exportApi.ts';
import { getImage, postImage } from './imagesApi.ts';
import { postImport } from './importApi.ts';
import { getJoinCode, postJoin } from './joinApi.ts';
import { getJoinLink } from './joinLinkApi.ts';
import { getOperator } from './operatorApi.ts';
import { postPhoto } from './photoApi.ts';
import { getMyReactions, postReaction, postReactionSettings } from './reactionsApi.ts';
import { postReadyAnswer } from './readyApi.ts';
import { sendError } from './respond.ts';
import { postReveal } from './revealApi.ts';
import { postRotate } from './rotateApi.ts';
import { getTime } from './timeApi.ts';
import { deleteDot, getMyDots, getVotePeople, postDot } from './votesApi.ts';
import { getWorkshop, postWorkshop } from './workshopsApi.ts';

export type { ApiContext } from './context.ts';

type Handler = (
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  param: string,
  ...more: string[]
) => Promise<void>;
type Route = { readonly path: RegExp; readonly method: 'GET' | 'POST' | 'DELETE'; readonly handle: Handler };

// `([^/]+)` are the parameters (a workshop id or a join code, then a vote and a note); handlers validate them.
const ROUTES: readonly Route[] = [
  { path: /^\/api\/workshops$/, method: 'POST', handle: (ctx, req, res) => postWorkshop(ctx, req, res) },
  // Before `/api/workshops/<id>`, which would otherwise take `import` for an id.
  { path: /^\/api\/workshops\/import$/, method: 'POST', handle: (ctx, req, res) => postImport(ctx, req, res) },
  { path: /^\/api\/workshops\/([^/]+)$/, method: 'GET', handle: getWorkshop },
  { path: /^\/api\/workshops\/([^/]+)$/, method: 'DELETE', handle: deleteWorkshopApi },
  { path: /^\/api\/workshops\/([^/]+)\/export$/, method: 'GET', handle: getExport },
  { path: /^\/api\/workshops\/([^/]+)\/boards$/, method: 'GET', handle: getBoards },
  { path: /^\/api\/workshops\/([^/]+)\/join$/, method: 'POST', handle: postJoin },
  { path: /^\/api\/workshops\/([^/]+)\/join-link$/, method: 'GET', handle: getJoinLink },
  { path: /^\/api\/workshops\/([^/]+)\/rotate$/, method: 'POST', handle: postRotate },
  { path: /^\/api\/workshops\/([^/]+)\/votes\/([^/]+)\/dots$/, method: 'GET', handle: getMyDots },
  { path: /^\/api\/workshops\/([^/]+)\/votes\/([^/]+)\/dots$/, method: 'POST', handle: postDot },
  { path: /^\/api\/workshops\/([^/]+)\/votes\/([^/]+)\/dots\/([^/]+)$/, method: 'DELETE', handle: deleteDot },
  { path: /^\/api\/workshops\/([^/]+)\/votes\/([^/]+)\/people$/, method: 'GET', handle: getVotePeople },
  { path: /^\/api\/workshops\/([^/]+)\/agreements\/proposals$/, method: 'POST', handle: postProposal },
  { path: /^\/api\/workshops\/([^/]+)\/co-facilitators\/([^/]+)$/, method: 'POST', handle: coFacilitatorHandler(true) },
  {
    path: /^\/api\/workshops\/([^/]+)\/co-facilitators\/([^/]+)$/,
    method: 'DELETE',
    handle: coFacilitatorHandler(false),
  },
  { path: /^\/api\/workshops\/([^/]+)\/facilitator-link$/, method: 'POST', handle: postFacilitatorLink },
  { path: /^\/api\/workshops\/([^/]+)\/ready$/, method: 'POST', handle: postReadyAnswer },
  { path: /^\/api\/join\/([^/]+)$/, method: 'GET', handle: getJoinCode },
  { path: /^\/api\/time$/, method: 'GET', handle: getTime },
  { path: /^\/api\/operator$/, method: 'GET', handle: getOperator },
  { path: /^\/api\/workshops\/([^/]+)\/reveal\/([^/]+)$/, method: 'POST', handle: postReveal },
  { path: /^\/api\/workshops\/([^/]+)\/boards\/([^/]+)\/reactions$/, method: 'GET', handle: getMyReactions },
  { path: /^\/api\/workshops\/([^/]+)\/boards\/([^/]+)\/reactions$/, method: 'POST', handle: postReaction },
  { path: /^\/api\/workshops\/([^/]+)\/reactions\/anonymous$/, method: 'POST', handle: postReactionSettings },
  { path: /^\/api\/workshops\/([^/]+)\/boards\/([^/]+)\/images$/, method: 'POST', handle: postImage },
  { path: /^\/api\/workshops\/([^/]+)\/boards\/([^/]+)\/images\/([^/]+)$/, method: 'GET', handle: getImage },
  { path: /^\/api\/workshops\/([^/]+)\/boards\/([^/]+)\/photo$/, method: 'POST', handle: postPhoto },
];

/** Handles `/api/*` (`/healthz` is answered before the router, server/src/health.ts); false for other paths. */
export async function handleApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, path: string) {
  const matching = ROUTES.filter((route) => route.path.test(path));
  if (matching.length > 0) {
    const route = matching.find((candidate) => isMethod(req, candidate.method));
    if (!route) return methodNotAllowed(res, matching);
    const [, param = '', ...more] = route.path.exec(path) ?? [];
    await route.handle(ctx, req, res, param, ...more);
    return true;
  }
  if (path === '/api' || path.startsWith('/api/')) {
    sendError(res, ApiError.notFound);
    return true;
  }
  return false;
}

/** HEAD is answered like GET (Node leaves the body out). */
function isMethod(req: IncomingMessage, method: Route['method']): boolean {
  return req.method === method || (method === 'GET' && req.method === 'HEAD');
}

function methodNotAllowed(res: ServerResponse, routes: readonly Route[]): true {
  res.setHeader('Allow', routes.map((route) => (route.method === 'GET' ? 'GET, HEAD' : route.method)).join(', '));
  sendError(res, ApiError.methodNotAllowed);
  return true;
}
