import { fileURLToPath } from 'node:url';
import type { Logger } from './log.ts';
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
};

export const DEFAULT_LIMITS: SyncLimits = {
  maxRoomBytes: 8 * 1024 * 1024,
  framesPerSecond: 120,
  frameBurst: 600,
  maxAwarenessBytes: 16 * 1024,
  awarenessPerSecond: 20,
  awarenessBurst: 60,
  maxConnectionsPerRoom: 100,
  maxActiveWorkshops: 50,
};

export type ServerConfig = {
  /** 0 picks any free port. */
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Origin used in links (`https://avaa.example.fi`); otherwise derived per request. */
  readonly publicUrl: string | undefined;
  /** Token-signing secret; otherwise DATA_DIR/secret.key. */
  readonly secret: string | undefined;
  /** The built web app. */
  readonly staticDir: string;
  /** Log entries per room before they are compacted into a snapshot. */
  readonly compactThreshold: number;
  /** How long a room stays loaded after its last client left (a reload reconnects cheaply). */
  readonly unloadGraceMs: number;
  readonly pingIntervalMs: number;
  /** Join-code lookups (GET /api/join/<code>) one client address may make at once... */
  readonly joinLookupBurst: number;
  /** ...and per minute after that. A whole workshop often shares one Wi-Fi address. */
  readonly joinLookupsPerMinute: number;
  readonly limits: SyncLimits;
  readonly logger: Logger;
  /** Tests inject a failing storage; by default SQLite in dataDir. */
  readonly openStorage: ((dataDir: string) => Storage) | undefined;
};

export type ServerOptions = Partial<Omit<ServerConfig, 'limits'>> & { readonly limits?: Partial<SyncLimits> };

export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));

export function withDefaults(options: ServerOptions, logger: Logger): ServerConfig {
  return {
    port: options.port ?? 8080,
    host: options.host ?? '0.0.0.0',
    dataDir: options.dataDir ?? './data',
    publicUrl: options.publicUrl === undefined ? undefined : normalizeOrigin(options.publicUrl),
    secret: options.secret,
    staticDir: options.staticDir ?? DEFAULT_STATIC_DIR,
    compactThreshold: options.compactThreshold ?? 500,
    unloadGraceMs: options.unloadGraceMs ?? 2000,
    pingIntervalMs: options.pingIntervalMs ?? 30_000,
    joinLookupBurst: options.joinLookupBurst ?? 60,
    joinLookupsPerMinute: options.joinLookupsPerMinute ?? 30,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    logger: options.logger ?? logger,
    openStorage: options.openStorage,
  };
}

/** Options from the environment (see server/README.md). Unset variables keep their defaults. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): ServerOptions {
  const options: { -readonly [K in keyof ServerOptions]: ServerOptions[K] } = {};
  if (env.PORT !== undefined && env.PORT !== '') options.port = parsePort(env.PORT);
  if (env.HOST) options.host = env.HOST;
  if (env.DATA_DIR) options.dataDir = env.DATA_DIR;
  if (env.PUBLIC_URL) options.publicUrl = env.PUBLIC_URL;
  if (env.AVAA_SECRET) options.secret = env.AVAA_SECRET;
  if (env.STATIC_DIR) options.staticDir = env.STATIC_DIR;
  return options;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be 0-65535, got ${value}`);
  return port;
}

/** `https://avaa.example.fi/` -> `https://avaa.example.fi`; anything but an http(s) origin throws. */
export function normalizeOrigin(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('PUBLIC_URL must be http(s)');
  return url.origin;
}
