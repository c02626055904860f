import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '@avaa/protocol';
import { sendError, sendJson } from './http/respond.ts';
import type { Storage } from './storage/types.ts';

export type HealthSources = {
  readonly storage: Storage;
  /** 'sqlite' is a local file (always reachable); 'postgres' is asked each time. */
  readonly storageKind: 'sqlite' | 'postgres';
  /** Whether Redis is reachable; undefined on a single node. */
  readonly redisReady: (() => boolean) | undefined;
  /** Rooms, connections, uptime. */
  readonly counts: () => Record<string, unknown>;
};

type Dependency = 'postgres' | 'redis';

const PING_TIMEOUT_MS = 2_000;

/**
 * `GET /healthz`: 200 `{status: "ok", ...}`, or 503 `{status: "unavailable", unavailable:
 * ["postgres" | "redis"], ...}` while a service the node needs is away, so a load balancer
 * sends new sockets elsewhere and an operator sees which one. Clients' edits are not
 * acknowledged meanwhile (they stay in the browsers); the node recovers by itself.
 */
export async function healthReport(sources: HealthSources): Promise<{ status: number; body: unknown }> {
  const unavailable: Dependency[] = [];
  if (sources.storageKind === 'postgres' && !(await reachable(sources.storage))) unavailable.push('postgres');
  if (sources.redisReady && !sources.redisReady()) unavailable.push('redis');
  const body = {
    status: unavailable.length === 0 ? 'ok' : 'unavailable',
    ...(unavailable.length > 0 ? { unavailable } : {}),
    storage: sources.storageKind,
    ...sources.counts(),
  };
  return { status: unavailable.length === 0 ? 200 : 503, body };
}

/** Answers GET and HEAD `/healthz`; false for any other request (the router handles those). */
export function handleHealthz(sources: HealthSources, req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '/').split('?')[0];
  if (path !== '/healthz') return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, ApiError.methodNotAllowed, {}, { Allow: 'GET, HEAD' });
    return true;
  }
  healthReport(sources).then(
    ({ status, body }) => sendJson(res, status, body, { 'Cache-Control': 'no-store' }),
    () => sendJson(res, 500, { status: 'error' }),
  );
  return true;
}

async function reachable(storage: Storage): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  try {
    return await Promise.race([storage.ping().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
