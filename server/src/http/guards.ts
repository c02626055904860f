import type { IncomingMessage } from 'node:http';
import type { LimiterName } from '../metrics/metrics.ts';
import { RateLimiter } from './rateLimit.ts';

/**
 * The HTTP API's own limits besides the join-code lookups per address (`ApiContext.joinLookups`):
 * created once per server by the router. Numbers are in server/README.md "Limits". None is per
 * workshop alone: a few addresses could use up such a bucket and lock the workshop's people out.
 */
export type HttpGuards = {
  /** Take the client address from `X-Forwarded-For` (its last hop): set behind a reverse proxy. */
  readonly trustProxy: boolean;
  /** Workshops created (or imported) per client address. */
  readonly creations: RateLimiter;
  /** Joins (POST /api/workshops/<id>/join) per client address, across workshops. */
  readonly joins: RateLimiter;
};

/**
 * A facilitator creates a few workshops a day (test suites and benchmarks a few hundred from one
 * address); a script filling the disk is slowed to this.
 */
export const CREATION_BURST = 300;
export const CREATIONS_PER_HOUR = 300;

/**
 * A workshop of 100 people on one Wi-Fi joining at once fits the burst. A flood of joins with a
 * leaked participant link is slowed to this per address; the document is bounded by
 * board-model's MAX_PEOPLE_PER_WORKSHOP. No bucket per workshop: a few addresses could empty it
 * and lock the real participants out.
 */
export const JOIN_BURST = 150;
export const JOINS_PER_MINUTE = 60;

/** Counts a limiter's refusals by its name (metrics/metrics.ts); nothing by default. */
export type CountLimited = (name: LimiterName) => (() => void) | undefined;
const UNCOUNTED: CountLimited = () => undefined;

export function createGuards(
  trustProxy: boolean,
  creationsPerHour = CREATIONS_PER_HOUR,
  counted: CountLimited = UNCOUNTED,
): HttpGuards {
  return {
    trustProxy,
    creations: new RateLimiter({
      burst: creationsPerHour === CREATIONS_PER_HOUR ? CREATION_BURST : creationsPerHour,
      perMinute: creationsPerHour / 60,
      onLimited: counted('workshop-creations'),
    }),
    joins: new RateLimiter({ burst: JOIN_BURST, perMinute: JOINS_PER_MINUTE, onLimited: counted('joins') }),
  };
}

/**
 * The address limits are keyed by. Behind a reverse proxy every request comes from the proxy:
 * with `trustProxy`, the last `X-Forwarded-For` hop is the client as the proxy saw it (earlier
 * hops are whatever the client wrote, so they are never trusted). Only set it when a proxy that
 * appends to the header is the only way in.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return peer;
  const header = req.headers['x-forwarded-for'];
  const value = Array.isArray(header) ? header.join(',') : header;
  const last = value?.split(',').at(-1)?.trim();
  return last && last.length <= 64 ? last : peer;
}
