import { availableParallelism } from 'node:os';

/** How much heavy work (PDFs, exports, import parsing) runs at once and for how long. */
export type JobLimits = {
  /** Child processes doing the work; each does one job at a time. */
  readonly workers: number;
  /** Jobs waiting for a free worker; one more is answered 503 `busy` with Retry-After. */
  readonly queue: number;
  /** A job still running after this is killed with its process and answered 503 `timed-out`. */
  readonly timeoutMs: number;
  /** Heap of each worker process: a job that needs more dies alone (answered 500). */
  readonly workerHeapMb: number;
  /** Exports one workshop may ask for: a token bucket (429 `too-many-exports` past it). */
  readonly exportsPerWorkshop: Rate;
  /** Exports one client address (IPv6: /64) may ask for, of any workshop. */
  readonly exportsPerAddress: Rate;
};

export type Rate = { readonly burst: number; readonly perMinute: number };

/**
 * One worker beside the event loop on a 2-core machine, more on larger ones but never all
 * cores: the event loop (every socket and every "saved") keeps one. 30 s prints an A0 poster of
 * 2,000 notes (about 10 s on a slow core) with room to spare.
 */
export const DEFAULT_JOB_LIMITS: JobLimits = {
  workers: Math.max(1, Math.min(4, availableParallelism() - 1)),
  queue: 8,
  timeoutMs: 30_000,
  workerHeapMb: 1024,
  // A facilitator prints a few boards in a row; a script asking for a PDF in a loop is slowed
  // to one every few seconds, and queueing behind the pool's bound anyway.
  exportsPerWorkshop: { burst: 20, perMinute: 10 },
  exportsPerAddress: { burst: 60, perMinute: 30 },
};

/** `HEAVY_JOB_WORKERS`, `HEAVY_JOB_QUEUE`, `HEAVY_JOB_TIMEOUT_MS` (server/README.md). */
export function jobLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<JobLimits> {
  const limits: { -readonly [K in 'workers' | 'queue' | 'timeoutMs']?: number } = {};
  if (env.HEAVY_JOB_WORKERS) limits.workers = positive('HEAVY_JOB_WORKERS', env.HEAVY_JOB_WORKERS);
  if (env.HEAVY_JOB_QUEUE) limits.queue = positive('HEAVY_JOB_QUEUE', env.HEAVY_JOB_QUEUE, 0);
  if (env.HEAVY_JOB_TIMEOUT_MS) limits.timeoutMs = positive('HEAVY_JOB_TIMEOUT_MS', env.HEAVY_JOB_TIMEOUT_MS);
  return limits;
}

function positive(name: string, value: string, least = 1): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < least) throw new Error(`${name} must be an integer >= ${least}`);
  return number;
}
