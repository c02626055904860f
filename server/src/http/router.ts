import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '@avaa/protocol';
import { errorFields, type Logger } from '../log.ts';
import { SYNC_PATH } from '../sync/syncEndpoint.ts';
import { type ApiContext, handleApi } from './api.ts';
import { sendError, sendText } from './respond.ts';
import { serveStatic } from './static.ts';

export type RouterContext = ApiContext & {
  readonly staticDir: string;
  readonly logger: Logger;
};

/** The http server's request listener: API, then the sync path's plain-HTTP answer, then files. */
export function createRouter(ctx: RouterContext) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = performance.now();
    res.on('finish', () => {
      ctx.logger('info', 'http', {
        method: req.method,
        path: loggedPath(req),
        status: res.statusCode,
        ms: elapsed(started),
      });
    });
    route(ctx, req, res).catch((error: unknown) => {
      ctx.logger('error', 'http-handler-failed', { path: loggedPath(req), ...errorFields(error) });
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

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
