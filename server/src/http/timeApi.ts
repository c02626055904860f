import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerTime } from '@avaa/protocol';
import type { ApiContext } from './context.ts';
import { sendJson } from './respond.ts';

/**
 * GET /api/time: the server's clock in ms since the epoch, `{ "now": ... }`, so a browser can
 * estimate its offset for the shared timer (whose times are written in the server's clock). No
 * token: the time is no secret. Never cached (sendJson says `no-store`): a cached time is wrong.
 */
export async function getTime(_ctx: ApiContext, _req: IncomingMessage, res: ServerResponse): Promise<void> {
  sendJson(res, 200, { now: Date.now() } satisfies ServerTime);
}
