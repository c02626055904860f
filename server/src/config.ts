import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DELETED_NOTE_GRACE_MS } from '@avaa/board-model';
import { CREATIONS_PER_HOUR } from './http/guards.ts';
import { DEFAULT_JOB_LIMITS, type JobLimits, jobLimitsFromEnv } from './jobs/limits.ts';
import type { PoolLimits } from './jobs/pool.ts';
import type { Logger } from './log.ts';
import { type Operator, operatorFromEnv } from './operator.ts';
import { DEFAULT_PHOTO_LIMITS, photoLimitsFromEnv } from './photo/detect.ts';
import type { Storage } from './storage/types.ts';

/**
 * Limits on what clients may send and open (server/README.md "Limits" explains each number).
 * Rates are per token per room, never per address: a whole workshop shares one Wi-Fi address.
 */
export type SyncLimits = {
  /** A board refuses changes that would grow it past this (close 4413 documentTooLarge). */
  readonly maxRoomBytes: number;
  /** Frames of any kind one token may send to one room per second, sustained... */
  readonly framesPerSecond: number;
  /** ...and at once. Past the bucket: close 4529 rateLimited (the client resyncs on reconnect). */
  readonly frameBurst: number;
  /** Largest awareness (presence) update; larger closes with 1009. */
  readonly maxAwarenessBytes: number;
  /** Awareness updates one connection may send per second; extra ones are dropped (see README). */
  readonly awarenessPerSecond: number;
  readonly awarenessBurst: number;
  /** Sockets on one room; past it: close 4503 roomFull. */
  readonly maxConnectionsPerRoom: number;
  /** Workshops with sockets open at once; a socket to one more: close 4507 serverFull. */
  readonly maxActiveWorkshops: number;
  /** Sockets one client address may hold (sync/socketQuota.ts); past it: close 4509 addressFull... */
  readonly maxConnectionsPerAddress: number;
  /** ...and workshops it may hold sockets to (one address cannot fill maxActiveWorkshops). */
  readonly maxWorkshopsPerAddress: number;
  /** Sockets on all rooms of one workshop; past it: close 4503 roomFull (never the facilitator). */
  readonly maxConnectionsPerWorkshop: number;
  /** Outgoing bytes waiting for all sockets together (sync/outbox.ts)... */
  readonly maxBufferedBytes: number;
  /** ...and for one socket; past either, the slow reader is closed with 4508 slowReader. */
  readonly maxBufferedBytesPerSocket: number;
};

export const DEFAULT_LIMITS: SyncLimits = {
  maxRoomBytes: 8 * 1024 * 1024,
  framesPerSecond: 120,
  frameBurst: 600,
  maxAwarenessBytes: 16 * 1024,
  awarenessPerSecond: 20,
  awarenessBurst: 60,
  maxConnectionsPerRoom: 100,
  maxActiveWorkshops: 200,
  maxConnectionsPerAddress: 500,
  maxWorkshopsPerAddress: 20,
  maxConnectionsPerWorkshop: 400,
  maxBufferedBytes: 64 * 1024 * 1024,
  maxBufferedBytesPerSocket: 16 * 1024 * 1024,
};

export type ServerConfig = {
  /** 0 picks any free port. */
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Origin used in links (`https://avaa.example.fi`); otherwise derived per request (http/origin.ts). */
  readonly publicUrl: string | undefined;
  /**
   * Without publicUrl: host names (lower case, no port) whose requests get links built on their
   * Host header, beside loopback names and this machine's own names and addresses. Any other Host
   * gets links relative to the server.
   */
  readonly allowedHosts: readonly string[];
  /** Token-signing secret; otherwise DATA_DIR/secret.key. */
  readonly secret: string | undefined;
  /** The built web app. */
  readonly staticDir: string;
  /** Log entries per room before they are compacted into a snapshot. */
  readonly compactThreshold: number;
  /** How long a room stays loaded after its last client left (a reload reconnects cheaply). */
  readonly unloadGraceMs: number;
  /**
   * How long a deleted note's text is kept (the facilitator can restore it), counted from when the
   * server saw the delete, before it is erased: when the board loads, by the sweep below, or when
   * it unloads. Default board-model's `DELETED_NOTE_GRACE_MS`, 7 days; tests set 0.
   */
  readonly deletedNoteGraceMs: number;
  /**
   * How often the rooms loaded on this node are swept for deleted notes past their grace, and the
   * stored rooms whose erasure is due are loaded to be swept (rooms/roomManager.ts).
   */
  readonly deletedNoteSweepMs: number;
  /** The server's clock (ms since the epoch): deletes are dated by it. Tests move it. */
  readonly now: () => number;
  readonly pingIntervalMs: number;
  /** Join-code lookups (GET /api/join/<code>) one client address may make at once... */
  readonly joinLookupBurst: number;
  /** ...and per minute after that. A whole workshop often shares one Wi-Fi address. */
  readonly joinLookupsPerMinute: number;
  readonly limits: SyncLimits;
  readonly logger: Logger;
  /** Tests inject a failing storage; by default PostgreSQL at databaseUrl, else SQLite in dataDir. */
  readonly openStorage: ((dataDir: string) => Storage) | undefined;
  /** PostgreSQL (`postgres://...`) instead of SQLite: for several nodes sharing one database. */
  readonly databaseUrl: string | undefined;
  /** Redis (`redis://...`) carrying updates and presence between nodes; needs databaseUrl. */
  readonly redisUrl: string | undefined;
  /** Names this node to the others (default: host name, process id and a random part). */
  readonly nodeId: string;
  /** Behind a reverse proxy: rate limits key on the last hop of X-Forwarded-For. */
  readonly trustProxy: boolean;
  /** Workshops one client address may create (or import) per hour. */
  readonly workshopCreationsPerHour: number;
  /**
   * A workshop is deleted this long after its last activity (creation or the last stored change
   * of any of its boards); 0 keeps workshops forever. Default 365 days (`RETENTION_DAYS`).
   */
  readonly retentionMs: number;
  /** How often the retention sweep runs (also once at start). */
  readonly retentionSweepMs: number;
  /** PDFs, exports and import parsing: workers, queue, time limit, export rates (jobs/limits.ts). */
  readonly jobs: JobLimits;
  /** Paper to table's photo workers: queue, time limit (photo/detect.ts). */
  readonly photos: PoolLimits;
  /**
   * Called after the storage can no longer be used safely (SQLite's files changed under the
   * server; logged first as `storage-damaged`). main.ts exits 1 for its supervisor to restart it.
   */
  readonly onFatal: (() => void) | undefined;
  /** Who runs this server: named on the accessibility statement (operator.ts). */
  readonly operator: Operator;
  /**
   * Bearer token for `GET /metrics` from anywhere but this machine (metrics/endpoint.ts); unset,
   * the metrics are answered only to loopback clients that came through no proxy.
   */
  readonly metricsToken: string | undefined;
};

export type ServerOptions = Partial<Omit<ServerConfig, 'limits' | 'jobs' | 'photos'>> & {
  readonly limits?: Partial<SyncLimits>;
  readonly jobs?: Partial<JobLimits>;
  readonly photos?: Partial<PoolLimits>;
};

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_RETENTION_DAYS = 365;
const RETENTION_SWEEP_MS = 60 * 60 * 1000;
const DELETED_NOTE_SWEEP_MS = 60 * 60 * 1000;

export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));

export function withDefaults(options: ServerOptions, logger: Logger): ServerConfig {
  if (options.redisUrl !== undefined && options.databaseUrl === undefined) {
    throw new Error('redisUrl needs databaseUrl: nodes linked by Redis share one PostgreSQL database');
  }
  return {
    port: options.port ?? 8080,
    host: options.host ?? '0.0.0.0',
    dataDir: options.dataDir ?? './data',
    publicUrl: options.publicUrl === undefined ? undefined : normalizeOrigin(options.publicUrl),
    allowedHosts: (options.allowedHosts ?? []).map(checkHostName),
    secret: options.secret,
    staticDir: options.staticDir ?? DEFAULT_STATIC_DIR,
    compactThreshold: options.compactThreshold ?? 500,
    unloadGraceMs: options.unloadGraceMs ?? 2000,
    deletedNoteGraceMs: options.deletedNoteGraceMs ?? DELETED_NOTE_GRACE_MS,
    deletedNoteSweepMs: options.deletedNoteSweepMs ?? DELETED_NOTE_SWEEP_MS,
    now: options.now ?? Date.now,
    pingIntervalMs: options.pingIntervalMs ?? 30_000,
    joinLookupBurst: options.joinLookupBurst ?? 60,
    joinLookupsPerMinute: options.joinLookupsPerMinute ?? 30,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    logger: options.logger ?? logger,
    openStorage: options.openStorage,
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    nodeId: options.nodeId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    trustProxy: options.trustProxy ?? false,
    workshopCreationsPerHour: options.workshopCreationsPerHour ?? CREATIONS_PER_HOUR,
    retentionMs: options.retentionMs ?? DEFAULT_RETENTION_DAYS * DAY_MS,
    retentionSweepMs: options.retentionSweepMs ?? RETENTION_SWEEP_MS,
    jobs: { ...DEFAULT_JOB_LIMITS, ...options.jobs },
    photos: { ...DEFAULT_PHOTO_LIMITS, ...options.photos },
    onFatal: options.onFatal,
    operator: options.operator ?? {},
    metricsToken: options.metricsToken === undefined ? undefined : checkMetricsToken(options.metricsToken),
  };
}

/** Options from the environment (see server/README.md). Unset variables keep their defaults. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): ServerOptions {
  const options: { -readonly [K in keyof ServerOptions]: ServerOptions[K] } = {};
  if (env.PORT !== undefined && env.PORT !== '') options.port = parsePort(env.PORT);
  if (env.HOST) options.host = env.HOST;
  if (env.DATA_DIR) options.dataDir = env.DATA_DIR;
  if (env.PUBLIC_URL) options.publicUrl = env.PUBLIC_URL;
  if (env.ALLOWED_HOSTS) options.allowedHosts = env.ALLOWED_HOSTS.split(',').map((name) => name.trim());
  if (env.AVAA_SECRET) options.secret = env.AVAA_SECRET;
  if (env.STATIC_DIR) options.staticDir = env.STATIC_DIR;
  if (env.DATABASE_URL) options.databaseUrl = checkUrl('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:']);
  if (env.REDIS_URL) options.redisUrl = checkUrl('REDIS_URL', env.REDIS_URL, ['redis:', 'rediss:']);
  if (env.REDIS_URL && !env.DATABASE_URL) {
    throw new Error('REDIS_URL needs DATABASE_URL: nodes linked by Redis share one PostgreSQL database');
  }
  if (env.NODE_ID) options.nodeId = env.NODE_ID;
  if (env.MAX_ACTIVE_WORKSHOPS) {
    options.limits = { maxActiveWorkshops: parsePositive('MAX_ACTIVE_WORKSHOPS', env.MAX_ACTIVE_WORKSHOPS) };
  }
  if (env.TRUST_PROXY) options.trustProxy = /^(1|true|yes)$/i.test(env.TRUST_PROXY);
  if (env.WORKSHOP_CREATIONS_PER_HOUR) {
    options.workshopCreationsPerHour = parsePositive('WORKSHOP_CREATIONS_PER_HOUR', env.WORKSHOP_CREATIONS_PER_HOUR);
  }
  if (env.RETENTION_DAYS) options.retentionMs = parseNonNegative('RETENTION_DAYS', env.RETENTION_DAYS) * DAY_MS;
  options.jobs = jobLimitsFromEnv(env);
  options.photos = photoLimitsFromEnv(env);
  options.operator = operatorFromEnv(env);
  if (env.METRICS_TOKEN) options.metricsToken = env.METRICS_TOKEN;
  return options;
}

/** A bearer token someone could guess or mistype into a header is refused at start. */
function checkMetricsToken(token: string): string {
  if (!/^[\x21-\x7e]{16,256}$/.test(token)) {
    throw new Error('METRICS_TOKEN must be 16-256 printable characters without spaces');
  }
  return token;
}

function checkUrl(name: string, value: string, protocols: readonly string[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL`);
  }
  if (!protocols.includes(url.protocol)) throw new Error(`${name} must start with ${protocols.join(' or ')}//`);
  return value;
}

function parsePositive(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
  return number;
}

function parseNonNegative(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0)
    throw new Error(`${name} must be 0 or a positive integer, got ${value}`);
  return number;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be 0-65535, got ${value}`);
  return port;
}

/** `Avaa.Example.FI` -> `avaa.example.fi`; anything but a host name or an IP address throws. */
function checkHostName(name: string): string {
  const lower = name.trim().toLowerCase();
  if (!HOST_NAME.test(lower)) throw new Error(`ALLOWED_HOSTS takes host names without ports, got ${name}`);
  return lower;
}
const HOST_NAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

/** `https://avaa.example.fi/` -> `https://avaa.example.fi`; anything but an http(s) origin throws. */
export function normalizeOrigin(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('PUBLIC_URL must be http(s)');
  return url.origin;
}
