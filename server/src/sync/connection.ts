import { DELETIONS_ROOT } from '@avaa/board-model';
import { decodeUpdate } from '@avaa/board-model/yjs-internals';
import { CloseCode, encodeSavedMessage, MAX_MESSAGE_BYTES } from '@avaa/protocol';
import type { RawData, WebSocket } from 'ws';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { WriteCheck, WriteRefusal } from '../auth/access.ts';
import { reassertServerOwned, type ServerOwnedValues, serverOwnedValues } from '../auth/serverOwnedRestore.ts';
import type { SyncLimits } from '../config.ts';
import type { RateLimiter } from '../http/rateLimit.ts';
import { errorFields, type Logger } from '../log.ts';
import type { SyncMetrics } from '../metrics/metrics.ts';
import type { Peer, Room } from '../rooms/room.ts';
import { type ClientIdRefusal, checkClientIds, withoutStructsOf } from './clientIds.ts';
import { decodeAwareness, FrameGuard, type Verdict } from './frameGuard.ts';
import { decodeClientMessage, encodeAwareness, encodeSyncStep1 } from './messages.ts';
import { exceedsNoteLimit } from './noteLimit.ts';
import type { OutboxBudget } from './outbox.ts';
import { claimPresence, ownerOf } from './ownership.ts';
import { exceededPathLimit, type PathLimit } from './pathLimits.ts';
import { type PresenceIdentity, stampPresence } from './presenceStamp.ts';
import { syncStep2For } from './syncAnswers.ts';

// Frames a client may send while its room loads; a flood beyond this closes the socket.
const MAX_QUEUED_BYTES = 4 * MAX_MESSAGE_BYTES;
// A slow reader closed with 4508 gets this long to read what it was sent and the close frame,
// then it is cut off. Nothing is added to its buffer meanwhile.
const SLOW_READER_GRACE_MS = 5000;

const NOT_STARTED = { allowed: false, reason: 'no-right' } as const;
const NOBODY: PresenceIdentity = { personId: undefined, name: () => undefined };

/** What admission decided about a connection (sync/admission.ts). */
export type Session = {
  /** Asked with every change the client sends (rights follow the workshop live). */
  readonly checkWrite: WriteCheck;
  /** Keys the rate limit. */
  readonly token: string;
  /** Who writes (auth/owner.ts): owns the client ids and presence this connection sets. */
  readonly owner: string;
  /** Stamped into the connection's presence (sync/presenceStamp.ts). */
  readonly presence: PresenceIdentity;
  /** A board (notes, paths and steps are counted against their limits), not the workshop room. */
  readonly board: boolean;
};

/** The server-wide limits, the shared per-token frame buckets and the outgoing memory budget. */
export type ConnectionLimits = {
  readonly limits: SyncLimits;
  readonly frames: RateLimiter;
  readonly outbox: OutboxBudget;
  /** Messages, bytes, apply times, closes and drops (metrics/metrics.ts). */
  readonly metrics: SyncMetrics;
};

/**
 * One WebSocket to one room. Frames that arrive before the room has loaded are queued and
 * handled in order once it has, so nobody is ever answered from an empty document.
 */
export class Connection implements Peer {
  readonly socket: WebSocket;
  readonly awarenessIds = new Set<number>();
  /** Cleared by each ping, set by each pong: a socket still false at the next ping is dead. */
  alive = true;
  readonly #logger: Logger;
  readonly #limits: ConnectionLimits;
  #guard: FrameGuard | undefined;
  #identity: string | undefined;
  #queue: Uint8Array[] = [];
  #queuedBytes = 0;
  #room: Room | undefined;
  #checkWrite: WriteCheck = () => NOT_STARTED;
  #presence: PresenceIdentity = NOBODY;
  #board = false;
  #started = false;
  /** Waiting for new client ids' registration to be committed: frames queue meanwhile. */
  #paused = false;
  /** Set once a change of this socket was dropped (no right to write): it is never acknowledged. */
  #writeDropped = false;

  constructor(socket: WebSocket, logger: Logger, limits: ConnectionLimits) {
    this.socket = socket;
    this.#logger = logger;
    this.#limits = limits;
    socket.on('message', (data, isBinary) => this.#receive(data, isBinary));
    socket.on('pong', () => {
      this.alive = true;
    });
  }

  get identity(): string | undefined {
    return this.#identity;
  }

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  /** The room has loaded: say what we have, then handle what the client sent meanwhile. */
  start(room: Room, session: Session): void {
    if (!this.open) return;
    const { token, owner } = session;
    this.#room = room;
    this.#checkWrite = session.checkWrite;
    this.#presence = session.presence;
    this.#board = session.board;
    this.#identity = owner;
    const { limits, frames } = this.#limits;
    const facilitator = session.presence.facilitator === true;
    this.#guard = new FrameGuard(limits, frames, `${room.name} ${token}`, this, facilitator);
    this.#started = true;
    this.send(encodeSyncStep1(room.doc));
    const states = [...room.awareness.getStates().keys()];
    if (states.length > 0) this.send(encodeAwareness(room.awareness, states));
    this.#drain();
  }

  /** Handles queued frames in order, until one pauses the connection again. */
  #drain(): void {
    while (this.#queue.length > 0 && !this.#paused && this.open) {
      const frame = this.#queue.shift() as Uint8Array;
      this.#queuedBytes -= frame.byteLength;
      this.#handle(frame);
    }
  }

  send(message: Uint8Array): void {
    if (!this.open) return;
    // A client that does not read is closed (and sent nothing more) rather than growing our
    // memory without bound (sync/outbox.ts).
    if (!this.#limits.outbox.admits(this.socket, message.byteLength)) {
      this.#closeSlowReader();
      return;
    }
    this.#limits.metrics.sent(message.byteLength);
    this.socket.send(message, this.#sent);
  }

  /** One callback for every send (a closure per message was garbage on the relay's path). */
  readonly #sent = (error?: Error | null): void => {
    if (error) this.#logger('debug', 'socket-send-failed', errorFields(error));
  };

  #closeSlowReader(): void {
    this.#logger('warn', 'socket-slow-reader', { room: this.#room?.name });
    this.close(CloseCode.slowReader, 'reading too slowly');
    setTimeout(() => this.socket.terminate(), SLOW_READER_GRACE_MS).unref();
  }

  close(code: number, reason: string): void {
    const { CONNECTING, OPEN } = this.socket;
    if (this.socket.readyState !== OPEN && this.socket.readyState !== CONNECTING) return;
    this.#limits.metrics.closed(code);
    this.socket.close(code, reason);
  }

  #receive(data: RawData, isBinary: boolean): void {
    try {
      if (!isBinary) throw new TypeError('text frame');
      const frame = toBytes(data);
      this.#limits.metrics.received(frame.byteLength);
      if (this.#started && !this.#paused) {
        this.#handle(frame);
        return;
      }
      this.#queuedBytes += frame.byteLength;
      if (this.#queuedBytes > MAX_QUEUED_BYTES) this.close(CloseCode.messageTooBig, 'too much data');
      else this.#queue.push(frame);
    } catch (error) {
      this.#protocolError(error);
    }
  }

  #handle(frame: Uint8Array): void {
    const room = this.#room;
    // Closed (a limit, a protocol error): frames already read from the socket are not handled.
    if (!room?.ready || !this.open) return;
    try {
      this.#dispatch(room, frame);
    } catch (error) {
      this.#protocolError(error);
    }
  }

  #dispatch(room: Room, frame: Uint8Array): void {
    const decoded = decodeClientMessage(frame);
    const verdict = this.#guard?.check(room, decoded) ?? { action: 'handle' };
    if (verdict.action !== 'handle') {
      this.#refuse(room, verdict);
      return;
    }
    const message = verdict.message ?? decoded;
    switch (message.type) {
      case 'sync-step1':
        this.send(syncStep2For(room.doc, message.stateVector));
        return;
      case 'sync-update':
        this.#write(room, message.update, message.step === 'update');
        return;
      case 'saveRequest':
        this.#acknowledgeWhenSaved(room, message.seq);
        return;
      case 'awareness':
        applyAwarenessUpdate(room.awareness, stampPresence(message.update, this.#presence), this);
        claimPresence(room, this, decodeAwareness(message.update));
        return;
      case 'query-awareness':
        this.send(encodeAwareness(room.awareness, [...room.awareness.getStates().keys()]));
        return;
      case 'ignored':
        return;
    }
  }

  #refuse(room: Room, verdict: Exclude<Verdict, { action: 'handle' }>): void {
    if (verdict.action === 'drop') {
      this.#limits.metrics.dropped(verdict.why);
      this.#logger('debug', 'frame-dropped', { room: room.name, why: verdict.why });
      return;
    }
    this.#logger('warn', 'limit-exceeded', { room: room.name, code: verdict.code, reason: verdict.reason });
    this.close(verdict.code, verdict.reason);
  }

  /**
   * Changes the sender has no right to (a reader's, a participant's forged vote or `meta`, notes,
   * paths or steps past the board's limits) are dropped: not applied, so neither relayed nor stored, and never
   * acknowledged. Changes that break the client-id rules (clientIds.ts) are refused by name:
   * what may be applied is, the socket is closed with 4522 `changeRefused`, and nothing of the
   * frame is acknowledged. Awareness still goes through: readers are present too.
   */
  #write(room: Room, update: Uint8Array, live: boolean, registered = false): void {
    // Throws on a malformed update (closing with 1002), as applying it would.
    const decoded = decodeUpdate(update);
    const verdict = this.#checkWrite(decoded, !live);
    if (!verdict.allowed) {
      this.#dropWrite(room, verdict.reason);
      return;
    }
    const owner = this.#identity;
    if (owner === undefined) return;
    const ids = checkClientIds(room.doc, decoded, owner, (id) => ownerOf(room, id), live);
    if (!ids.allowed) {
      this.#refuseWrite(room, ids.reason);
      return;
    }
    if (this.#board && exceedsNoteLimit(room.doc, decoded.structs)) {
      this.#dropWrite(room, 'too-many-notes');
      return;
    }
    const pathLimit = this.#board ? exceededPathLimit(room.doc, decoded.structs) : undefined;
    if (pathLimit) {
      this.#dropWrite(room, pathLimit);
      return;
    }
    if (ids.register.length > 0 || ids.provisional.length > 0) {
      // Registered once; still unregistered after that means another owner came first.
      if (registered) this.#refuseWrite(room, 'foreign-client-id');
      else this.#registerFirst(room, ids, owner, () => this.#write(room, update, live, true));
      return;
    }
    const held = verdict.reassert && serverOwnedValues(room.doc, verdict.reassert);
    const applying = performance.now();
    Y.applyUpdate(room.doc, ids.strip.length > 0 ? withoutStructsOf(update, ids.strip) : update, this);
    this.#limits.metrics.applied(performance.now() - applying);
    if (held) this.#reassert(room, held);
    if (room.hasPendingChanges) {
      // Structs waiting for something nobody sent: nothing of them is stored, nor held.
      room.dropPendingChanges();
      this.#refuseWrite(room, 'pending');
    } else if (ids.strip.length > 0) this.#refuseWrite(room, 'foreign-client-id');
  }

  /** The server's word over what a resync brought under its roots; undated deletes dated now. */
  #reassert(room: Room, held: ServerOwnedValues): void {
    const written = reassertServerOwned(room.doc, held);
    if (written.size === 0) return;
    if (written.has(DELETIONS_ROOT)) room.eraseExpiredNotes();
    this.#logger('info', 'server-owned-reasserted', { room: room.name, roots: [...written.keys()] });
  }

  /**
   * A client id is its first writer's once the server stored that (rooms/clientRegistry.ts): the
   * registration is committed before the change is applied, so no crash leaves structs anyone
   * holds under an id without its owner. Frames after this one wait, in order.
   */
  #registerFirst(room: Room, ids: { register: number[]; provisional: number[] }, owner: string, then: () => void) {
    const entries = [
      ...ids.register.map((client) => ({ client, owner, provisional: false })),
      ...ids.provisional.map((client) => ({ client, owner, provisional: true })),
    ];
    this.#paused = true;
    room.clients.register(entries).then(
      () => {
        this.#paused = false;
        if (!this.open || !room.ready) return;
        try {
          then();
        } catch (error) {
          this.#protocolError(error);
        }
        this.#drain();
      },
      (error: unknown) => {
        this.#logger('error', 'client-registration-failed', { room: room.name, ...errorFields(error) });
        this.close(CloseCode.internalError, 'storage failure');
      },
    );
  }

  #dropWrite(room: Room, why: WriteRefusal | 'too-many-notes' | PathLimit): void {
    this.#writeDropped = true;
    this.#limits.metrics.dropped(why);
    this.#logger('debug', 'write-dropped', { room: room.name, why });
  }

  #refuseWrite(room: Room, why: ClientIdRefusal | 'pending'): void {
    this.#writeDropped = true;
    this.#logger('warn', 'write-refused', { room: room.name, why });
    this.close(CloseCode.changeRefused, 'change refused');
  }

  /**
   * Every frame before this request has been handled (frames are handled in order); answer once
   * what they changed is committed. Stay silent if any of it is not going to be stored: a dropped
   * or refused write (the doc never keeps changes pending: #write refuses them). The client then
   * keeps showing "saving" and resends everything on its next sync, which is the truth.
   */
  #acknowledgeWhenSaved(room: Room, seq: number): void {
    if (this.#writeDropped || room.hasPendingChanges) {
      this.#logger('debug', 'save-request-unanswered', { room: room.name, dropped: this.#writeDropped });
      return;
    }
    room.afterCommit(() => this.send(encodeSavedMessage({ type: 'saved', seq })));
  }

  #protocolError(error: unknown): void {
    this.#logger('warn', 'protocol-error', { room: this.#room?.name, ...errorFields(error) });
    this.close(CloseCode.protocolError, 'malformed message');
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
