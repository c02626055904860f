import { type ChildProcess, fork } from 'node:child_process';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { ApiError } from '@avaa/protocol';
import type { Logger } from '../log.ts';
import { BlobReader, packBlobs, unpackBlobs, writeBlobs } from './blobs.ts';
import type { JobKind, JobKinds, JobRequest, WorkerMessage } from './kinds.ts';
import type { JobLimits } from './limits.ts';

const WORKER_SCRIPT = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** Why a job gave no answer: a closed vocabulary the API answers with (503 busy / timed-out, 500). */
export type JobFailure = typeof ApiError.busy | typeof ApiError.timedOut | 'failed';

export class JobError extends Error {
  readonly reason: JobFailure;
  constructor(reason: JobFailure, message: string) {
    super(message);
    this.name = 'JobError';
    this.reason = reason;
  }
}

/** What a pool needs of the limits: how many workers, how many waiting, how long, how much heap. */
export type PoolLimits = Pick<JobLimits, 'workers' | 'queue' | 'timeoutMs' | 'workerHeapMb'>;

export type JobMeasure = (kind: JobKind, outcome: 'ok' | 'failed' | 'timeout', ms: number) => void;

type Waiting = {
  readonly kind: JobKind;
  /** The request's logger (its request id and workshop), for the job's lines. */
  readonly logger: Logger;
  readonly input: unknown;
  readonly resolve: (output: unknown) => void;
  readonly reject: (error: Error) => void;
};
type Running = Waiting & { readonly id: number; readonly timer: NodeJS.Timeout; readonly started: number };
type Worker = {
  readonly child: ChildProcess;
  /** fd 3: the jobs' bytes, both ways. */
  readonly pipe: Duplex;
  readonly reader: BlobReader;
  ready: boolean;
  job: Running | undefined;
};

/**
 * A few child processes for CPU-heavy work (PDF rendering, exports, import parsing), so the
 * event loop never waits for it. Child processes rather than worker threads: on Node 24 worker
 * threads that load TypeScript abort now and then (V8's `jit_page` check, see server/README.md
 * "Storage"). Bounded in number (`workers`), in waiting jobs (`queue`: one more is refused
 * `busy` at once) and in time (`timeoutMs`: the worker is killed and the job `timed-out`).
 * Workers start when first needed and stay for the next job.
 */
export class JobPool {
  readonly #limits: PoolLimits;
  readonly #script: string;
  readonly #logger: Logger;
  readonly #workers = new Set<Worker>();
  readonly #queue: Waiting[] = [];
  #nextId = 1;
  #closed = false;

  /** Each job's time to its answer, by kind and outcome (metrics: `avaa_job_seconds`). */
  readonly #measured: JobMeasure;

  /** `script`: the workers' entry (worker.ts; photo/photoWorker.ts for the photo pool). */
  constructor(limits: PoolLimits, logger: Logger, measured: JobMeasure = () => {}, script = WORKER_SCRIPT) {
    this.#limits = limits;
    this.#script = script;
    this.#logger = logger;
    this.#measured = measured;
  }

  /** `signal`: aborted while the job still waits, it leaves the queue (failed); once running, it runs on. */
  run<K extends JobKind>(
    kind: K,
    input: JobKinds[K]['input'],
    logger: Logger = this.#logger,
    signal?: AbortSignal,
  ): Promise<JobKinds[K]['output']> {
    return new Promise((resolve, reject) => {
      if (this.#closed) return reject(new JobError('failed', 'the job pool is closed'));
      const running = [...this.#workers].filter((worker) => worker.job !== undefined).length;
      if (running + this.#queue.length >= this.#limits.workers + this.#limits.queue) {
        return reject(new JobError(ApiError.busy, 'every worker is busy and the queue is full'));
      }
      const waiting: Waiting = { kind, input, logger, resolve: resolve as (output: unknown) => void, reject };
      this.#queue.push(waiting);
      signal?.addEventListener(
        'abort',
        () => {
          const at = this.#queue.indexOf(waiting);
          if (at < 0) return;
          this.#queue.splice(at, 1);
          reject(new JobError('failed', 'the job was given up while waiting'));
        },
        { once: true },
      );
      this.#dispatch();
    });
  }

  /** Kills every worker; waiting and running jobs fail. */
  close(): void {
    this.#closed = true;
    for (const waiting of this.#queue.splice(0)) waiting.reject(new JobError('failed', 'the job pool closed'));
    for (const worker of this.#workers) this.#retire(worker, new JobError('failed', 'the job pool closed'));
  }

  #dispatch(): void {
    for (const worker of this.#workers) {
      if (this.#queue.length === 0) return;
      if (worker.ready && worker.job === undefined) this.#start(worker, this.#queue.shift()!);
    }
    // Workers still starting take the queue's head once they say they are ready.
    let starting = [...this.#workers].filter((worker) => !worker.ready).length;
    while (this.#queue.length > starting && this.#workers.size < this.#limits.workers) {
      this.#spawn();
      starting++;
    }
  }

  #start(worker: Worker, waiting: Waiting): void {
    const id = this.#nextId++;
    const timer = setTimeout(() => {
      waiting.logger('warn', 'job-timed-out', { kind: waiting.kind, ms: this.#limits.timeoutMs });
      this.#measured(waiting.kind, 'timeout', this.#limits.timeoutMs);
      this.#retire(worker, new JobError(ApiError.timedOut, `the ${waiting.kind} job ran past its time limit`));
      this.#dispatch();
    }, this.#limits.timeoutMs);
    worker.job = { ...waiting, id, timer, started: performance.now() };
    const packed = packBlobs(waiting.input);
    const request: JobRequest = {
      id,
      kind: waiting.kind,
      input: packed.value,
      blobs: packed.blobs.map((b) => b.length),
    };
    worker.child.send(request);
    writeBlobs(worker.pipe, packed.blobs);
  }

  #spawn(): Worker {
    const child = fork(this.#script, [], {
      execPath: process.execPath,
      // Not the parent's flags (a test runner's loaders): plain Node, which strips types itself.
      execArgv: [`--max-old-space-size=${this.#limits.workerHeapMb}`],
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'ipc'],
    });
    const pipe = child.stdio[3] as Duplex;
    // A killed worker's pipe errors (EPIPE): the exit handler has answered its job already.
    pipe.on('error', () => {});
    const worker: Worker = { child, pipe, reader: new BlobReader(pipe), ready: false, job: undefined };
    this.#workers.add(worker);
    child.on('message', (message: WorkerMessage) => this.#answer(worker, message));
    child.on('error', (error) => this.#logger('error', 'job-worker-error', { message: error.message }));
    child.on('exit', (code, signal) => {
      if (!this.#workers.has(worker)) return;
      (worker.job?.logger ?? this.#logger)('error', 'job-worker-exited', { code, signal, kind: worker.job?.kind });
      this.#retire(worker, new JobError('failed', `the worker exited (${signal ?? code})`));
      // A worker that dies before it is ready (the photo worker's text recogniser failing to
      // start) fails the job it was started for, so a broken start is never retried for ever.
      if (!worker.ready) this.#queue.shift()?.reject(new JobError('failed', 'the worker could not start'));
      this.#dispatch();
    });
    // An idle worker never keeps the server's process alive.
    child.unref();
    child.channel?.unref();
    (pipe as Duplex & { unref?: () => void }).unref?.();
    return worker;
  }

  #answer(worker: Worker, message: WorkerMessage): void {
    if ('ready' in message) {
      worker.ready = true;
      this.#dispatch();
      return;
    }
    const job = worker.job;
    if (!job || job.id !== message.id) return;
    if (message.ok) {
      // The job is done once its bytes have arrived too (the time limit still runs until then).
      void worker.reader.read(message.blobs).then((blobs) => {
        if (worker.job !== job) return;
        this.#finish(worker, job, 'ok');
        job.resolve(unpackBlobs(message.output, blobs));
        this.#dispatch();
      });
      return;
    }
    this.#finish(worker, job, 'failed');
    // The error's name only: a parser's message can quote the input (an import body, note text).
    job.logger('error', 'job-failed', { kind: job.kind, error: message.error });
    job.reject(new JobError('failed', message.message));
    this.#dispatch();
  }

  #finish(worker: Worker, job: Running, outcome: 'ok' | 'failed'): void {
    clearTimeout(job.timer);
    worker.job = undefined;
    const ms = performance.now() - job.started;
    this.#measured(job.kind, outcome, ms);
    job.logger('debug', 'job-done', { kind: job.kind, ms: Math.round(ms) });
  }

  #retire(worker: Worker, error: JobError): void {
    this.#workers.delete(worker);
    worker.child.kill('SIGKILL');
    if (worker.job) {
      clearTimeout(worker.job.timer);
      worker.job.reject(error);
      worker.job = undefined;
    }
  }
}
