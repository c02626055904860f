import type { JobPool } from '../jobs/pool.ts';
import type { Logger } from '../log.ts';
import type { Operator } from '../operator.ts';
import type { PhotoDetector } from '../photo/detect.ts';
import type { RoomManager } from '../rooms/roomManager.ts';
import type { Storage } from '../storage/types.ts';
import type { ExportLimits } from './exportLimits.ts';
import type { HttpGuards } from './guards.ts';
import type { LinkOrigins } from './origin.ts';
import type { RateLimiter } from './rateLimit.ts';

/** What every API handler may use; one per server (no module-level state). */
export type ApiContext = {
  readonly storage: Storage;
  readonly rooms: RoomManager;
  readonly secret: Uint8Array;
  /** PUBLIC_URL, or the hosts whose Host header links may be built on (origin.ts). */
  readonly links: LinkOrigins;
  /** Join-code lookups per client address. */
  readonly joinLookups: RateLimiter;
  /** Dot changes and agreement proposals per person (votesApi.ts, agreementsApi.ts): each is a stored entry. */
  readonly dotChanges: RateLimiter;
  /** Per-workshop and creation limits, and whether to trust X-Forwarded-For (guards.ts). */
  readonly guards: HttpGuards;
  /** How long after its last activity a workshop is deleted (0: never); told to facilitators. */
  readonly retentionMs: number;
  /** Child processes for PDFs, exports and import parsing (jobs/pool.ts). */
  readonly jobs: JobPool;
  /** Photo worker processes for paper to table (photo/detect.ts). */
  readonly photos: PhotoDetector;
  /** Exports per workshop and per client address. */
  readonly exportLimits: ExportLimits;
  /** Who runs this server, for the accessibility statement (GET /api/operator). */
  readonly operator: Operator;
  /** The server's logger; inside a handler, the request's (its request id and workshop bound, router.ts). */
  readonly logger: Logger;
};
