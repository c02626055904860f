import type { WebSocket } from 'ws';

/** Outgoing bytes the server holds for sockets that have not taken them yet (SyncLimits). */
export type OutboxLimits = {
  /** All sockets together; past it, sockets holding more than their share are closed. */
  readonly maxBufferedBytes: number;
  /** One socket; a whole board's first sync (up to maxRoomBytes) must fit. */
  readonly maxBufferedBytesPerSocket: number;
};

/** Below this a socket is never the one closed for the server's sake (a board's sync in flight). */
const MIN_SHARE_BYTES = 1024 * 1024;
/** How often the buffered bytes of every socket are summed (in between, sends are added). */
const MEASURE_INTERVAL_MS = 50;

/**
 * Bounds the memory held for slow readers. Every frame sent to a socket that does not read waits
 * in the server's memory: 10 sockets asking for presence and never reading grew a server by
 * 237 MiB in 14 s. A socket over its own limit, or over its fair share while all sockets together
 * are over the budget, is refused: its connection is closed (CloseCode.slowReader) and what
 * would have been relayed to it is dropped, not buffered (the reconnect resyncs).
 */
export class OutboxBudget {
  readonly #limits: OutboxLimits;
  readonly #sockets: () => Iterable<{ readonly socket: WebSocket }>;
  #total = 0;
  #count = 0;
  #measuredAt = Number.NEGATIVE_INFINITY;

  constructor(limits: OutboxLimits, sockets: () => Iterable<{ readonly socket: WebSocket }>) {
    this.#limits = limits;
    this.#sockets = sockets;
  }

  /** Whether `socket` may be sent `bytes` more; false: it reads too slowly and is to be closed. */
  admits(socket: WebSocket, bytes: number): boolean {
    const buffered = socket.bufferedAmount;
    if (buffered > this.#limits.maxBufferedBytesPerSocket) return false;
    const total = this.#measure() + bytes;
    if (total > this.#limits.maxBufferedBytes && buffered > this.#share()) return false;
    this.#total = total;
    return true;
  }

  /** Everything buffered now, re-summed at most every MEASURE_INTERVAL_MS. */
  #measure(): number {
    const now = performance.now();
    if (now - this.#measuredAt < MEASURE_INTERVAL_MS) return this.#total;
    this.#measuredAt = now;
    let total = 0;
    let count = 0;
    for (const { socket } of this.#sockets()) {
      total += socket.bufferedAmount;
      count += 1;
    }
    this.#total = total;
    this.#count = count;
    return total;
  }

  #share(): number {
    return Math.max(MIN_SHARE_BYTES, this.#limits.maxBufferedBytes / Math.max(1, this.#count));
  }
}
