import { CloseCode, type CloseCodeValue } from '@avaa/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { SyncLimits } from '../config.ts';
import { RateLimiter } from '../http/rateLimit.ts';
import type { Peer, Room } from '../rooms/room.ts';
import type { ClientMessage } from './messages.ts';
import { ownedByAnother } from './ownership.ts';
import {
  hasOversizedState,
  PRESENCE_QUERIES_PER_MINUTE,
  PRESENCE_QUERY_BURST,
  PRESENCE_STATES_PER_CONNECTION,
  withinPresenceBounds,
} from './presenceBounds.ts';

/** What to do with one decoded frame. */
export type Verdict =
  /** `message`: what to handle instead (an awareness update stripped of others' presence). */
  | { readonly action: 'handle'; readonly message?: ClientMessage }
  | {
      readonly action: 'drop';
      readonly why: 'awareness-rate' | 'awareness-of-others' | 'awareness-bounds' | 'query-rate';
    }
  | { readonly action: 'close'; readonly code: CloseCodeValue; readonly reason: string };

const HANDLE: Verdict = { action: 'handle' };
/**
 * Presence states nest two levels deep. JSON.parse takes 5,000 levels in 10 KB, but
 * JSON.stringify (relaying, answering newcomers) then overflows the stack: one such state would
 * break the room's presence for everyone, so deeper states close the socket (1002).
 */
export const MAX_PRESENCE_DEPTH = 16;

/**
 * How far past `maxRoomBytes` the facilitator's own changes may still grow a room: whatever
 * others filled it with, the facilitator can still close joining, remove people and tidy up.
 */
export const FACILITATOR_HEADROOM_BYTES = 1024 * 1024;

/** Sync step 1 requests per connection (each answered with the whole board). */
export const SYNC_REQUEST_BURST = 2;
export const SYNC_REQUESTS_PER_MINUTE = 6;

/** A bucket per token per room, shared by every connection of the server (see SyncLimits). */
export function createFrameLimiter(limits: SyncLimits, onLimited?: () => void): RateLimiter {
  // The key is `room token`; it never reaches a log.
  const perMinute = limits.framesPerSecond * 60;
  return new RateLimiter({ burst: limits.frameBurst, perMinute, keyOf: (key) => key, onLimited });
}

/**
 * The limits one connection's frames are held to, checked before a frame is handled. Closing
 * with a named code (not dropping) wherever dropping would desynchronise: Yjs applies each
 * client's changes in order, so a dropped update would stall that client's later ones.
 */
export class FrameGuard {
  readonly #limits: SyncLimits;
  readonly #frames: RateLimiter;
  readonly #key: string;
  readonly #self: Peer;
  readonly #awareness: RateLimiter;
  readonly #queries: RateLimiter;
  readonly #syncRequests: RateLimiter;
  readonly #maxRoomBytes: number;

  /** `facilitator`: the facilitator's link, whose changes get FACILITATOR_HEADROOM_BYTES more. */
  constructor(limits: SyncLimits, frames: RateLimiter, key: string, self: Peer, facilitator = false) {
    this.#limits = limits;
    this.#maxRoomBytes = limits.maxRoomBytes + (facilitator ? FACILITATOR_HEADROOM_BYTES : 0);
    this.#frames = frames;
    this.#key = key;
    this.#self = self;
    this.#awareness = new RateLimiter({
      burst: limits.awarenessBurst,
      perMinute: limits.awarenessPerSecond * 60,
      keyOf: (id) => id,
    });
    this.#syncRequests = new RateLimiter({
      burst: SYNC_REQUEST_BURST,
      perMinute: SYNC_REQUESTS_PER_MINUTE,
      keyOf: (id) => id,
    });
    this.#queries = new RateLimiter({
      burst: PRESENCE_QUERY_BURST,
      perMinute: PRESENCE_QUERIES_PER_MINUTE,
      keyOf: (id) => id,
    });
  }

  check(room: Room, message: ClientMessage): Verdict {
    if (!this.#frames.take(this.#key).ok) return close(CloseCode.rateLimited, 'too many messages');
    if (message.type === 'sync-update') return this.#checkUpdate(room, message.update);
    if (message.type === 'awareness') return this.#checkAwareness(room, message.update);
    if (message.type === 'query-awareness') return this.#checkQuery();
    if (message.type === 'sync-step1') return this.#checkSyncRequest();
    return HANDLE;
  }

  #checkUpdate(room: Room, update: Uint8Array): Verdict {
    if (room.sizeBytes + update.byteLength > this.#maxRoomBytes) {
      return close(CloseCode.documentTooLarge, 'board too large');
    }
    return HANDLE;
  }

  #checkAwareness(room: Room, update: Uint8Array): Verdict {
    const entries = decodeAwareness(update);
    // Stock clients echo every presence change they hear, others' too: only their own counts,
    // for size and rate, so echoes of a busy room cannot close or crowd out the client.
    const own = entries.filter((entry) => !ownedByAnother(room, this.#self, entry.id));
    if (own.length === 0 && entries.length > 0) return { action: 'drop', why: 'awareness-of-others' };
    if (own.some((entry) => jsonDepth(entry.state) > MAX_PRESENCE_DEPTH)) {
      return close(CloseCode.protocolError, 'presence nested too deep');
    }
    const ownBytes = own.reduce((sum, entry) => sum + Buffer.byteLength(entry.state), 0);
    if (ownBytes > this.#limits.maxAwarenessBytes || hasOversizedState(own)) {
      return close(CloseCode.messageTooBig, 'presence too large');
    }
    // Presence is a last-writer state: dropping a change loses nothing the next one lacks.
    if (!this.#awareness.take('self').ok) return { action: 'drop', why: 'awareness-rate' };
    const roomCap = this.#limits.maxConnectionsPerRoom * PRESENCE_STATES_PER_CONNECTION;
    const kept = withinPresenceBounds(own, room, this.#self, roomCap);
    if (kept.length === 0) return { action: 'drop', why: 'awareness-bounds' };
    if (kept.length === entries.length) return HANDLE;
    return { action: 'handle', message: { type: 'awareness', update: encodeAwarenessEntries(kept) } };
  }

  /**
   * Each answer is the whole board (up to maxRoomBytes) for a 4-byte request; stock clients ask
   * once per connection. Closing, not dropping: a client left without an answer never syncs.
   */
  #checkSyncRequest(): Verdict {
    return this.#syncRequests.take('self').ok ? HANDLE : close(CloseCode.rateLimited, 'too many sync requests');
  }

  /** Each answer carries every presence state of the room: a one-byte request is not free. */
  #checkQuery(): Verdict {
    return this.#queries.take('self').ok ? HANDLE : { action: 'drop', why: 'query-rate' };
  }
}

function close(code: CloseCodeValue, reason: string): Verdict {
  return { action: 'close', code, reason };
}

export type AwarenessEntry = { readonly id: number; readonly clock: number; readonly state: string };

/** y-protocols' awareness update: `varUint n, n x (varUint id, varUint clock, varString json)`. */
export function decodeAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  // A huge declared count ends at the frame's end: reading past it throws (1002).
  for (let index = 0; index < count; index++) {
    const id = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ id, clock, state: decoding.readVarString(decoder) });
  }
  return entries;
}

/** Deepest bracket nesting of a JSON text (brackets inside strings do not count). Linear. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ']' || char === '}') depth -= 1;
  }
  return deepest;
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { id, clock, state } of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
