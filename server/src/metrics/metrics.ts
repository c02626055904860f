import { closeCodeName, parseRoomName } from '@avaa/protocol';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { JobKind } from '../jobs/kinds.ts';
import { BucketHistogram } from './bucketHistogram.ts';
import { watchEventLoop } from './eventLoop.ts';
import { type PhotoOutcome, photoMetrics } from './photoMetrics.ts';

/**
 * The server's Prometheus metrics (`GET /metrics`, metrics/endpoint.ts), one registry per server
 * (no module-level state: tests run several servers in one process). Names and units are in
 * docs/deployment.md "Metrics".
 */

/** What the sockets are open to: a board (common table or group), the workshop room, a private room. */
export type SocketKind = 'board' | 'workshop' | 'private';

/** Each rate limiter by name (http/rateLimit.ts), the label of `avaa_rate_limited_total`. */
export type LimiterName =
  | 'join-lookups'
  | 'dot-changes'
  | 'workshop-creations'
  | 'joins'
  | 'exports-per-workshop'
  | 'exports-per-address'
  | 'sync-frames';

/** Which backend a storage operation ran on (storage/). */
export type StorageBackend = 'sqlite' | 'postgres' | 'custom';

/**
 * What the sync path reports, per frame and per socket: plain numbers added to here and copied
 * into the Prometheus counters at scrape time. A frame costs an addition (a refusal a Map
 * update), never a label lookup or an allocation; an applied update one typed-array bucket.
 */
export class SyncMetrics {
  messagesIn = 0;
  bytesIn = 0;
  messagesOut = 0;
  bytesOut = 0;
  /** Closes by close code name (`other` outside the vocabulary). */
  readonly closes = new Map<string, number>();
  /** Drops by reason: closed unions (frameGuard's Verdict, access's WriteRefusal, limits), so few. */
  readonly drops = new Map<string, number>();
  readonly #apply: BucketHistogram;

  constructor(apply: BucketHistogram) {
    this.#apply = apply;
  }

  received(bytes: number): void {
    this.messagesIn += 1;
    this.bytesIn += bytes;
  }

  sent(bytes: number): void {
    this.messagesOut += 1;
    this.bytesOut += bytes;
  }

  /** A client's update was applied to the room's document in `ms` (relay included). */
  applied(ms: number): void {
    this.#apply.record(ms / 1000);
  }

  /** The server closed a socket with `code` (a refusal, a limit, a restart, a storage failure). */
  closed(code: number): void {
    const name = closeCodeName(code) ?? 'other';
    this.closes.set(name, (this.closes.get(name) ?? 0) + 1);
  }

  /** A frame or a change was dropped without closing (no right, a presence limit). */
  dropped(why: string): void {
    this.drops.set(why, (this.drops.get(why) ?? 0) + 1);
  }
}

/** Read at scrape time from the parts that know them. */
export type MetricSources = {
  readonly rooms: () => Iterable<string>;
  readonly sockets: () => Readonly<Record<SocketKind | 'admitting', number>>;
};

export type Metrics = {
  readonly registry: Registry;
  readonly sync: SyncMetrics;
  /** A bound counter for one rate limiter's refusals. */
  limited(name: LimiterName): () => void;
  /** A heavy job (a PDF, a PNG, an export, an import parse) ran `ms` to `outcome`. */
  jobDone(kind: JobKind, outcome: 'ok' | 'failed' | 'timeout', ms: number): void;
  /** A photo of a paper table was answered `outcome` after `ms` with `notes` found (metrics/photoMetrics.ts). */
  photoDone(outcome: PhotoOutcome, ms: number, notes: number): void;
  readonly storage: StorageMetrics;
  /** An HTTP request (API, app files; not /metrics or /healthz) was answered `status` in `ms`. */
  httpDone(status: number, ms: number): void;
  /** Sources read at scrape time, set once the parts exist. */
  watch(sources: MetricSources): void;
  /** Stops the event-loop monitor. */
  close(): void;
};

/** The storage's (one backend per server, metrics/storageMetrics.ts). */
export type StorageMetrics = {
  /** One `appendUpdates` (a commit of a room's updates) took `ms`. */
  committed(ms: number): void;
  failed(operation: string): void;
};

/** Seconds: from a tenth of a millisecond (a small update) to the seconds of a locked database. */
const FAST_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
const COMMIT_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** `backend`: the storage this server uses, a fixed label of the storage metrics. */
export function createMetrics(backend: StorageBackend): Metrics {
  const registry = new Registry();
  const registers = [registry];
  let sources: MetricSources | undefined;
  const sync = new SyncMetrics(
    new BucketHistogram({
      name: 'avaa_sync_update_apply_seconds',
      help: "Time to apply one client's update to its room's document, relaying it included",
      buckets: FAST_BUCKETS,
      registers,
    }),
  );
  syncCounters(sync, registers);
  new Gauge({
    name: 'avaa_rooms_open',
    help: 'Rooms loaded (or loading) on this node, by kind',
    labelNames: ['kind'],
    registers,
    collect() {
      this.reset();
      for (const [kind, count] of Object.entries(roomsByKind(sources?.rooms() ?? []))) this.set({ kind }, count);
    },
  });
  new Gauge({
    name: 'avaa_sockets_open',
    help: 'WebSockets open on this node, by what they are open to (admitting: not yet let in)',
    labelNames: ['kind'],
    registers,
    collect() {
      this.reset();
      for (const [kind, count] of Object.entries(sources?.sockets() ?? {})) this.set({ kind }, count);
    },
  });
  const limited = new Counter({
    name: 'avaa_rate_limited_total',
    help: 'Requests and frames refused by a rate limit, by limiter',
    labelNames: ['limiter'],
    registers,
  });
  const jobs = new Histogram({
    name: 'avaa_job_seconds',
    help: 'Heavy jobs (pdf, image: PNG/SVG, dataExport, import) from start to answer, by kind and outcome',
    labelNames: ['kind', 'outcome'],
    buckets: JOB_BUCKETS,
    registers,
  });
  const http = httpMetrics(registers);
  const eventLoop = watchEventLoop(registers);
  return {
    registry,
    sync,
    limited: (name) => {
      const child = limited.labels(name);
      return () => child.inc();
    },
    jobDone: (kind, outcome, ms) => jobs.labels(kind, outcome).observe(ms / 1000),
    photoDone: photoMetrics(registers),
    storage: storageMetrics(registers, backend),
    httpDone: http,
    watch: (watched) => {
      sources = watched;
    },
    close: () => eventLoop.stop(),
  };
}

function syncCounters(sync: SyncMetrics, registers: Registry[]): void {
  const counted = [
    ['avaa_sync_messages_received_total', 'WebSocket messages received', () => sync.messagesIn],
    ['avaa_sync_received_bytes_total', 'Bytes of WebSocket messages received', () => sync.bytesIn],
    ['avaa_sync_messages_sent_total', 'WebSocket messages sent', () => sync.messagesOut],
    ['avaa_sync_sent_bytes_total', 'Bytes of WebSocket messages sent', () => sync.bytesOut],
  ] as const;
  for (const [name, help, read] of counted) {
    new Counter({
      name,
      help,
      registers,
      collect() {
        // The count lives in SyncMetrics (a plain number on the hot path); copied in at scrape.
        this.reset();
        this.inc(read());
      },
    });
  }
  const labelled = [
    [
      'avaa_sync_closes_total',
      'Sockets the server closed, by close code name (packages/protocol CloseCode)',
      'code',
      sync.closes,
    ],
    ['avaa_sync_dropped_total', 'Frames and changes dropped without closing the socket, by reason', 'why', sync.drops],
  ] as const;
  for (const [name, help, label, counts] of labelled) {
    new Counter({
      name,
      help,
      labelNames: [label],
      registers,
      collect() {
        this.reset();
        for (const [value, count] of counts) this.inc({ [label]: value }, count);
      },
    });
  }
}

function httpMetrics(registers: Registry[]): Metrics['httpDone'] {
  const requests = new Counter({
    name: 'avaa_http_requests_total',
    help: 'HTTP requests answered (API and app files), by status code',
    labelNames: ['status'],
    registers,
  });
  const seconds = new Histogram({
    name: 'avaa_http_request_seconds',
    help: 'Time from an HTTP request to the end of its answer (heavy jobs included)',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  return (status, ms) => {
    requests.labels(String(status)).inc();
    seconds.observe(ms / 1000);
  };
}

function storageMetrics(registers: Registry[], backend: StorageBackend): StorageMetrics {
  // Once per room per commit: recorded as cheaply as the apply times.
  const commits = new BucketHistogram({
    name: 'avaa_storage_commit_seconds',
    help: 'Time for one append of room updates to be committed (group commit wait included), by backend',
    buckets: COMMIT_BUCKETS,
    labels: { backend },
    registers,
  });
  const errors = new Counter({
    name: 'avaa_storage_errors_total',
    help: 'Storage operations that failed, by backend and operation',
    labelNames: ['backend', 'operation'],
    registers,
  });
  return {
    committed: (ms) => commits.record(ms / 1000),
    failed: (operation) => errors.labels(backend, operation).inc(),
  };
}

function roomsByKind(names: Iterable<string>): Record<SocketKind, number> {
  const counts = { board: 0, workshop: 0, private: 0 };
  for (const name of names) {
    const kind = parseRoomName(name)?.kind;
    if (kind) counts[kind] += 1;
  }
  return counts;
}
