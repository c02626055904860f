import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, isWorkshopId } from '@avaa/protocol';
import { errorFields, requestIdFrom, withFields } from '../log.ts';
import { SYNC_PATH } from '../sync/syncEndpoint.ts';
import { type ApiContext, handleApi } from './api.ts';
import { sendError, sendText } from './respond.ts';
import { serveStatic } from './static.ts';

export type RouterContext = ApiContext & {
  readonly staticDir: string;
  /** Each answered request's status and time (metrics: `avaa_http_requests_total`, `..._seconds`). */
  readonly measured?: (status: number, ms: number) => void;
};

/**
 * The http server's request listener: API, then the sync path's plain-HTTP answer, then files.
 * Each request gets an id (a proxy's `X-Request-Id` if well-formed, log.ts), echoed in the
 * answer and named, with the workshop its path names, on every line logged for it.
 */
export function createRouter(ctx: RouterContext) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', requestId);
    const workshop = workshopInPath(pathOf(req));
    const logger = withFields(ctx.logger, { requestId, ...(workshop ? { workshop } : {}) });
    res.on('finish', () => {
      const ms = elapsed(started);
      ctx.measured?.(res.statusCode, ms);
      logger('info', 'http', { method: req.method, path: loggedPath(req), status: res.statusCode, ms });
    });
    route({ ...ctx, logger }, req, res).catch((error: unknown) => {
      logger('error', 'http-handler-failed', { path: loggedPath(req), ...errorFields(error) });
      if (!res.headersSent) sendError(res, ApiError.internal);
      else res.destroy();
    });
  };
}

async function route(ctx: RouterContext & ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = pathOf(req);
  if (await handleApi(ctx, req, res, path)) return;
  if (path === SYNC_PATH || path.startsWith(`${SYNC_PATH}/`)) {
    return sendText(res, 426, 'This path speaks WebSocket.\n', { Upgrade: 'websocket' });
  }
  await serveStatic(ctx.staticDir, req, res, path);
}

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * The path as logged: never the query string (it may carry tokens), and a join code looked up
 * in the path is replaced by a placeholder (a valid code in a log is a way into a workshop).
 */
function loggedPath(req: IncomingMessage): string {
  const path = pathOf(req);
  return path.startsWith(JOIN_LOOKUP_PREFIX) ? `${JOIN_LOOKUP_PREFIX}:code` : path;
}

const JOIN_LOOKUP_PREFIX = '/api/join/';

/** `/api/workshops/<id>/...` -> the id, when it is one (never a join code: those are looked up elsewhere). */
function workshopInPath(path: string): string | undefined {
  const id = path.startsWith(WORKSHOPS_PREFIX) ? path.slice(WORKSHOPS_PREFIX.length).split('/')[0] : undefined;
  return isWorkshopId(id) ? id : undefined;
}
const WORKSHOPS_PREFIX = '/api/workshops/';

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
