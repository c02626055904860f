import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '@avaa/protocol';
import type { JobLimits } from '../jobs/limits.ts';
import { JobError } from '../jobs/pool.ts';
import { type CountLimited, clientAddress } from './guards.ts';
import { RateLimiter } from './rateLimit.ts';
import { sendError } from './respond.ts';

/** Exports per workshop and per client address (server/README.md "Limits"). */
export type ExportLimits = { readonly perWorkshop: RateLimiter; readonly perAddress: RateLimiter };

export function createExportLimits(limits: JobLimits, counted: CountLimited = () => undefined): ExportLimits {
  return {
    perWorkshop: new RateLimiter({
      ...limits.exportsPerWorkshop,
      keyOf: (workshopId) => workshopId,
      onLimited: counted('exports-per-workshop'),
    }),
    perAddress: new RateLimiter({ ...limits.exportsPerAddress, onLimited: counted('exports-per-address') }),
  };
}

/**
 * Spends one export of the client's address and of the workshop: past either bucket, 429
 * `too-many-exports` with Retry-After. Answers and returns false then.
 */
export function mayExport(
  limits: ExportLimits,
  trustProxy: boolean,
  req: IncomingMessage,
  res: ServerResponse,
  workshopId: string,
): boolean {
  const address = limits.perAddress.take(clientAddress(req, trustProxy));
  const workshop = address.ok ? limits.perWorkshop.take(workshopId) : address;
  if (workshop.ok) return true;
  sendError(res, ApiError.tooManyExports, {}, { 'Retry-After': String(workshop.retryAfterSeconds) });
  return false;
}

/** Seconds a client is asked to wait when every worker is busy: a typical job's time. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/**
 * Answers a heavy job's failure: 503 `busy` (with Retry-After) or `timed-out`, as the pool says;
 * anything else is left to the router (500 `internal`, logged).
 */
export function sendJobFailure(res: ServerResponse, error: unknown): void {
  if (!(error instanceof JobError) || error.reason === 'failed') throw error;
  const headers = error.reason === ApiError.busy ? { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) } : {};
  sendError(res, error.reason, {}, headers);
}
