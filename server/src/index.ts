import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSecret } from './auth/secret.ts';
import { RedisLink } from './cluster/redisLink.ts';
import { type ServerConfig, type ServerOptions, withDefaults } from './config.ts';
import { handleHealthz } from './health.ts';
import { createExportLimits } from './http/exportLimits.ts';
import { createGuards } from './http/guards.ts';
import { RateLimiter } from './http/rateLimit.ts';
import { createRouter } from './http/router.ts';
import { JobPool } from './jobs/pool.ts';
import { errorFields, jsonLogger, type Logger } from './log.ts';
import { handleMetrics } from './metrics/endpoint.ts';
import { createMetrics, type Metrics } from './metrics/metrics.ts';
import { measuredStorage } from './metrics/storageMetrics.ts';
import { PhotoDetector } from './photo/detect.ts';
import { RoomManager } from './rooms/roomManager.ts';
import { startRetention } from './rooms/workshopDeletion.ts';
import { openPostgresStorage } from './storage/postgres.ts';
import { openSqliteStorage } from './storage/sqlite.ts';
import type { Storage } from './storage/types.ts';
import { SyncEndpoint } from './sync/syncEndpoint.ts';

export { type Capability, signToken, verifyToken } from './auth/tokens.ts';
export { DEFAULT_LIMITS, type ServerConfig, type ServerOptions, type SyncLimits } from './config.ts';
export { jsonLogger, type Logger, type LogLevel, silentLogger } from './log.ts';
export { ClientRegistry, registryKey } from './rooms/clientRegistry.ts';
export { openPostgresStorage } from './storage/postgres.ts';
export { DATABASE_FILE, openSqliteStorage } from './storage/sqlite.ts';
export type { RoomSeed, RoomStats, Storage, StoredRoom, WorkshopRecord } from './storage/types.ts';

export type RunningServer = {
  /** http origin to reach the server at, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting, closes sockets with 1012, writes out every room, closes storage. */
  close(): Promise<void>;
};

/** Starts the web app, JSON API and sync endpoint on one port. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const config = withDefaults(options, jsonLogger());
  warnAboutSettings(config);
  const parts = openParts(config);
  const server = httpServer(requestHandler(config, parts), parts.sync, config.logger);
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    // E.g. the port is taken: release what we opened before telling the caller.
    parts.jobs.close();
    parts.photos.close();
    await parts.sync.close();
    await parts.link?.shutdown();
    await parts.storage.close();
    parts.metrics.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const { rooms, storage } = parts;
  const { logger, retentionMs, retentionSweepMs: sweepIntervalMs } = config;
  const stopRetention = startRetention({ rooms, storage, logger, retentionMs, sweepIntervalMs });
  // Due erasures of rooms nobody opened while the server was down are not left for an hour.
  rooms.sweepErasures();
  let closing: Promise<void> | undefined;
  return {
    url: `http://${displayHost(config.host)}:${port}`,
    port,
    close: () => {
      closing ??= closeServer(server, parts, stopRetention, logger);
      return closing;
    },
  };
}

type Parts = {
  readonly started: number;
  readonly storage: Storage;
  readonly link: RedisLink | undefined;
  readonly rooms: RoomManager;
  readonly sync: SyncEndpoint;
  readonly jobs: JobPool;
  readonly photos: PhotoDetector;
  readonly secret: Uint8Array;
  readonly metrics: Metrics;
};

/** Storage, the Redis link between nodes, the rooms, the sync endpoint, the job pool, the metrics. */
function openParts(config: ServerConfig): Parts {
  const { logger } = config;
  const secret = loadSecret(config.dataDir, config.secret);
  const metrics = createMetrics(storageBackend(config));
  const storage = measuredStorage(openStorage(config), metrics.storage);
  const { compactThreshold, unloadGraceMs } = config;
  // Several nodes: Redis carries committed updates and presence between them (cluster/).
  const link = config.redisUrl
    ? new RedisLink({ redisUrl: config.redisUrl, nodeId: config.nodeId, storage, logger })
    : undefined;
  const { deletedNoteGraceMs, deletedNoteSweepMs, now } = config;
  const erasure = { deletedNoteGraceMs, deletedNoteSweepMs, now };
  const rooms = new RoomManager({ storage, logger, compactThreshold, unloadGraceMs, ...erasure, link });
  const { pingIntervalMs, limits, trustProxy } = config;
  const sync = new SyncEndpoint({ storage, rooms, secret, logger, pingIntervalMs, limits, trustProxy, metrics });
  const jobs = new JobPool(config.jobs, logger, metrics.jobDone);
  const photos = new PhotoDetector(config.photos, logger, metrics.jobDone, metrics.photoDone);
  metrics.watch({ rooms: () => rooms.roomNames(), sockets: () => sync.socketsByKind() });
  return { started: Date.now(), storage, link, rooms, sync, jobs, photos, secret, metrics };
}

function storageBackend(config: ServerConfig): 'sqlite' | 'postgres' | 'custom' {
  if (config.openStorage) return 'custom';
  return config.databaseUrl ? 'postgres' : 'sqlite';
}

/** `/healthz` and `/metrics` first, then the API and the app. */
function requestHandler(config: ServerConfig, parts: Parts): RequestListener {
  const { storage, rooms, secret, jobs, photos, link, sync, metrics } = parts;
  const router = apiRouter(config, { storage, rooms, secret, jobs, photos }, metrics);
  const healthSources = {
    storage,
    storageKind: config.databaseUrl && !config.openStorage ? 'postgres' : 'sqlite',
    redisReady: link ? () => link.ready : undefined,
    counts: () => ({
      rooms: rooms.loadedRooms,
      connections: sync.connections,
      uptimeSeconds: Math.round((Date.now() - parts.started) / 1000),
    }),
  } as const;
  return (req, res) => {
    if (handleHealthz(healthSources, req, res) || handleMetrics(metrics, config.metricsToken, req, res)) return;
    router(req, res);
  };
}

async function closeServer(server: Server, parts: Parts, stopRetention: () => Promise<void>, logger: Logger) {
  const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await parts.sync.close();
  parts.jobs.close();
  parts.photos.close();
  await stopRetention();
  await parts.rooms.closeAll();
  await parts.link?.shutdown();
  await parts.storage.close();
  parts.metrics.close();
  server.closeAllConnections();
  await stopped;
  logger('info', 'server-closed', {});
}

/** One port for the app, the API, `/healthz` and the sync socket's upgrades; bad requests get a 400. */
function httpServer(handle: RequestListener, sync: SyncEndpoint, logger: Logger): Server {
  const server = createServer(handle);
  server.on('upgrade', (request, socket, head) => sync.handleUpgrade(request, socket, head));
  server.on('clientError', (error, socket) => {
    logger('debug', 'http-client-error', { code: (error as NodeJS.ErrnoException).code });
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

/** Settings a server reachable by others should have, said once at start. */
function warnAboutSettings(config: ServerConfig): void {
  const { logger } = config;
  if (config.redisUrl && config.secret === undefined) {
    // Each node would generate its own key: links made on one node would fail on the others.
    logger('warn', 'secret-not-shared', { hint: 'set the same AVAA_SECRET on every node' });
  }
  if (config.publicUrl === undefined && config.allowedHosts.length === 0 && !isLoopback(config.host)) {
    // Links then follow the Host header only for this machine's names and addresses (http/origin.ts).
    logger('warn', 'public-url-unset', {
      hint: 'set PUBLIC_URL to the address people use (or ALLOWED_HOSTS to the names they use)',
    });
  }
  const { accessibilityEmail, accessibilityFeedbackUrl } = config.operator;
  if (!accessibilityEmail && !accessibilityFeedbackUrl && !isLoopback(config.host)) {
    // The law asks for a feedback channel; without one the statement can only point to the organiser.
    logger('warn', 'accessibility-contact-unset', { hint: 'set ACCESSIBILITY_EMAIL (see README)' });
  }
}

/** The HTTP API and the static app, with their rate limits and guards. */
function apiRouter(
  config: ServerConfig,
  parts: Pick<Parameters<typeof createRouter>[0], 'storage' | 'rooms' | 'secret' | 'jobs' | 'photos'>,
  metrics: Metrics,
): ReturnType<typeof createRouter> {
  const counted = metrics.limited;
  return createRouter({
    ...parts,
    links: { publicUrl: config.publicUrl, allowedHosts: config.allowedHosts },
    staticDir: config.staticDir,
    logger: config.logger,
    joinLookups: new RateLimiter({
      burst: config.joinLookupBurst,
      perMinute: config.joinLookupsPerMinute,
      onLimited: counted('join-lookups'),
    }),
    // A person placing and taking back dots by hand stays far below; each change is a stored entry.
    dotChanges: new RateLimiter({ burst: 60, perMinute: 120, keyOf: (key) => key, onLimited: counted('dot-changes') }),
    guards: createGuards(config.trustProxy, config.workshopCreationsPerHour, counted),
    retentionMs: config.retentionMs,
    jobs: parts.jobs,
    exportLimits: createExportLimits(config.jobs, counted),
    operator: config.operator,
    measured: metrics.httpDone,
  });
}

function openStorage(config: ServerConfig): Storage {
  if (config.openStorage) return config.openStorage(config.dataDir);
  if (config.databaseUrl) return openPostgresStorage(config.databaseUrl, { logger: config.logger });
  const onDamaged = (error: Error) => {
    config.logger('error', 'storage-damaged', {
      ...errorFields(error),
      hint: 'restart: SQLite rebuilds its WAL index',
    });
    config.onFatal?.();
  };
  return openSqliteStorage(config.dataDir, { onDamaged });
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** A wildcard address is not something to connect to; tests and logs use loopback instead. */
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
