import { fileURLToPath } from 'node:url';
import { ApiError, type Language } from '@avaa/protocol';
import { JobError, type JobMeasure, JobPool, type PoolLimits } from '../jobs/pool.ts';
import type { Logger } from '../log.ts';
import type { PhotoRead } from './readPhoto.ts';

const PHOTO_WORKER = fileURLToPath(new URL('./photoWorker.ts', import.meta.url));

/**
 * How many photos are read at once, how many may wait, for how long and in how much heap. One
 * worker on any machine: a photo keeps a core busy for seconds, and the event loop and the
 * heavy jobs (PDFs) need the others. A phone's user waits for their photo; a third waiting is
 * refused `photo-busy` at once rather than left to wait for a minute. 20 s is four times what a
 * 12-megapixel photo takes on this 2-core machine (bench/photo/pipelineBench.ts).
 */
export const DEFAULT_PHOTO_LIMITS: PoolLimits = { workers: 1, queue: 2, timeoutMs: 20_000, workerHeapMb: 768 };

/** `PHOTO_QUEUE`, `PHOTO_TIMEOUT_MS` (server/README.md). */
export function photoLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<PoolLimits> {
  const limits: { -readonly [K in 'queue' | 'timeoutMs']?: number } = {};
  if (env.PHOTO_QUEUE) limits.queue = whole('PHOTO_QUEUE', env.PHOTO_QUEUE, 0);
  if (env.PHOTO_TIMEOUT_MS) limits.timeoutMs = whole('PHOTO_TIMEOUT_MS', env.PHOTO_TIMEOUT_MS, 1);
  return limits;
}

function whole(name: string, value: string, least: number): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < least) throw new Error(`${name} must be an integer >= ${least}`);
  return number;
}

export type DetectOptions = {
  readonly language: Language;
  /** The request's logger (its request id and workshop). */
  readonly logger?: Logger;
  /** Aborted (the client went away) while the photo still waits: it leaves the queue unread. */
  readonly signal?: AbortSignal;
};

export type PhotoMeasure = (outcome: 'ok' | PhotoFailure, ms: number, notes: number) => void;

export type DetectedPhoto = Extract<PhotoRead, { ok: true }>;
/** Why a photo gave no notes: the photo's fault, or the server's load (`photo-busy`, `photo-timed-out`, `internal`). */
export type PhotoFailure =
  | Extract<PhotoRead, { ok: false }>['error']
  | typeof ApiError.photoBusy
  | typeof ApiError.photoTimedOut
  | typeof ApiError.internal;
export type Detected =
  | { readonly ok: true; readonly photo: DetectedPhoto }
  | { readonly ok: false; readonly error: PhotoFailure };

/**
 * Reading photos off the event loop: a pool (jobs/pool.ts) of photo worker processes
 * (photoWorker.ts) bounded in number, queue, time (past it the worker is killed, the photo
 * answered `photo-timed-out`, and a new worker starts for the next) and heap. Child processes,
 * not worker threads, as the heavy jobs: text recognition is WebAssembly, and worker threads
 * beside Node's type stripper abort the whole process now and then on Node 24 (server/README.md);
 * a worker process that dies takes only its photo with it. One per server, closed with it.
 */
export class PhotoDetector {
  readonly #pool: JobPool;
  readonly #done: PhotoMeasure;

  /** `measured`: each job's time (`avaa_job_seconds`); `done`: each photo's outcome (`avaa_photo_*`). */
  constructor(limits: PoolLimits, logger: Logger, measured?: JobMeasure, done: PhotoMeasure = () => {}) {
    this.#pool = new JobPool(limits, logger, measured, PHOTO_WORKER);
    this.#done = done;
  }

  /** The notes on a photo's bytes (a JPEG or PNG, the board's language first for text recognition). */
  async detectPhoto(
    body: Uint8Array,
    options: { readonly language: Language; readonly logger?: Logger },
  ): Promise<Detected> {
    const started = performance.now();
    const detected = await this.#detect(body, options);
    const notes = detected.ok ? detected.photo.notes.length : 0;
    this.#done(detected.ok ? 'ok' : detected.error, performance.now() - started, notes);
    return detected;
  }

  async #detect(
    body: Uint8Array,
    options: { readonly language: Language; readonly logger?: Logger },
  ): Promise<Detected> {
    try {
      const read = await this.#pool.run('photo', { body, language: options.language }, options.logger);
      return read.ok ? { ok: true, photo: read } : read;
    } catch (error) {
      if (!(error instanceof JobError)) throw error;
      if (error.reason === ApiError.busy) return { ok: false, error: ApiError.photoBusy };
      if (error.reason === ApiError.timedOut) return { ok: false, error: ApiError.photoTimedOut };
      return { ok: false, error: ApiError.internal };
    }
  }

  /** Kills the workers; photos waiting or being read are answered `internal`. */
  close(): void {
    this.#pool.close();
  }
}
