import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '@avaa/protocol';
import { BASE_HEADERS, sendError } from '../http/respond.ts';
import type { Metrics } from './metrics.ts';

export const METRICS_PATH = '/metrics';

/**
 * Headers a reverse proxy adds. A request carrying any of them came through a proxy, which
 * connects from loopback on the proxy's machine: its socket address says nothing about the client.
 */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-real-ip', 'via'];

/**
 * `GET /metrics` (Prometheus text format). Answered without a token to a client on this machine:
 * the socket's own address is loopback and the request carries no proxy header. Anyone else needs
 * `Authorization: Bearer <METRICS_TOKEN>` (compared in constant time): without it 401
 * `unauthorized`; with METRICS_TOKEN unset the endpoint does not exist for them (404 `not-found`,
 * as for any unknown path). False for any other path.
 */
export function handleMetrics(
  metrics: Metrics,
  token: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  if ((req.url ?? '/').split('?')[0] !== METRICS_PATH) return false;
  const access = scrapeAccess(req, token);
  if (access === 'hidden') {
    sendError(res, ApiError.notFound);
  } else if (access === 'refused') {
    sendError(res, ApiError.unauthorized, {}, { 'WWW-Authenticate': 'Bearer' });
  } else if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, ApiError.methodNotAllowed, {}, { Allow: 'GET, HEAD' });
  } else {
    metrics.registry.metrics().then(
      (text) => {
        res.writeHead(200, {
          ...BASE_HEADERS,
          'Content-Type': metrics.registry.contentType,
          'Content-Length': Buffer.byteLength(text),
          'Cache-Control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : text);
      },
      () => sendError(res, ApiError.internal),
    );
  }
  return true;
}

export type ScrapeAccess = 'allowed' | 'refused' | 'hidden';

export function scrapeAccess(req: IncomingMessage, token: string | undefined): ScrapeAccess {
  if (isLoopbackAddress(req.socket.remoteAddress) && !PROXY_HEADERS.some((name) => name in req.headers)) {
    return 'allowed';
  }
  if (token === undefined) return 'hidden';
  return bearerMatches(req.headers.authorization, token) ? 'allowed' : 'refused';
}

/** 127.0.0.0/8, ::1 and IPv4-mapped 127.x (a dual-stack socket's view of an IPv4 loopback client). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4) || address === '::1';
}

/** Compared as SHA-256 digests: equal lengths, so neither the token nor its length leaks by timing. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}
