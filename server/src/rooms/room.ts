import { CloseCode } from '@avaa/protocol';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { errorFields, type Logger } from '../log.ts';
import type { Storage, StoredRoom } from '../storage/types.ts';
import { encodeAwareness, encodeUpdate } from '../sync/messages.ts';

/** One client connection as a room sees it (implemented by sync/connection.ts). */
export interface Peer {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Awareness client ids this peer has set, removed when it leaves. */
  readonly awarenessIds: Set<number>;
  /**
   * Who is behind the peer (its token) for presence ownership: a peer may not set presence under
   * an id that a peer of another identity holds. Silent members have none.
   */
  readonly identity?: string | undefined;
}

export type RoomOptions = {
  readonly name: string;
  readonly storage: Storage;
  readonly logger: Logger;
  readonly compactThreshold: number;
  /** The room's first update, stored when it loads with no stored state (see `Storage.seedRoom`). */
  readonly seed: (() => Uint8Array) | undefined;
  /** Called once when a storage error made the room unusable. */
  readonly onFailure: (room: Room) => void;
};

type PendingUpdate = { readonly update: Uint8Array; readonly origin: unknown };
/** Runs once every update emitted up to `upTo` (a count) is committed. */
type CommitWaiter = { readonly upTo: number; readonly run: () => void };
type RoomState = 'loading' | 'ready' | 'failed' | 'unloaded';

/**
 * One room in memory (a board, or a workshop document): its Y.Doc (the authority), awareness,
 * peers and the write-behind log. Every update the doc emits is appended to storage and relayed
 * to the other peers only once it is durable, so anything a client has seen survives a crash.
 */
export class Room {
  readonly name: string;
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness: Awareness;
  readonly peers = new Set<Peer>();
  readonly #options: RoomOptions;
  #state: RoomState = 'loading';
  #pending: PendingUpdate[] = [];
  #draining: Promise<void> | undefined;
  #logEntries = 0;
  #lastEntryId = 0;
  /** Updates the doc emitted since load, and how many of them are committed. */
  #emitted = 0;
  #committed = 0;
  #commitWaiters: CommitWaiter[] = [];
  /** Bytes of the stored snapshot and log: what the document size limit is checked against. */
  #storedBytes = 0;

  constructor(options: RoomOptions) {
    this.name = options.name;
    this.#options = options;
    this.awareness = new Awareness(this.doc);
    // The server is not a participant: no presence of its own.
    this.awareness.setLocalState(null);
  }

  /**
   * About how big the room is: its snapshot and log as stored, plus what is waiting to be. An
   * upper bound of the document (the log repeats what later changes overwrote until compaction).
   */
  get sizeBytes(): number {
    return this.#storedBytes;
  }

  get ready(): boolean {
    return this.#state === 'ready';
  }

  /** Applies the stored snapshot and log (or the seed); only then does the room accept messages. */
  async load(): Promise<void> {
    const stored = await this.#storedOrSeeded();
    if (this.#state !== 'loading') return;
    Y.transact(this.doc, () => {
      if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(this.doc, update);
    });
    this.#logEntries = stored.updates.length;
    this.#storedBytes = byteLength(stored);
    this.#lastEntryId = stored.lastEntryId;
    // Listen only now, so loading does not append the stored state to the log again.
    this.doc.on('update', this.#onUpdate);
    this.awareness.on('update', this.#onAwareness);
    this.#state = 'ready';
  }

  /**
   * The stored state; for a room with nothing stored, its seed. The seed is durable before the
   * room is ready, so no client sees a seed that a crash could lose (and a reload seed again);
   * storage writes it only into an empty room, so it is never stored twice.
   */
  async #storedOrSeeded(): Promise<StoredRoom> {
    const { storage, seed } = this.#options;
    const stored = await storage.loadRoom(this.name);
    if (!seed || !isEmpty(stored) || this.#state !== 'loading') return stored;
    const update = seed();
    const entryId = await storage.seedRoom(this.name, update);
    // Someone else stored state first (another server on the same storage): load theirs.
    if (entryId === undefined) return storage.loadRoom(this.name);
    this.#options.logger('info', 'room-seeded', { room: this.name });
    return { snapshot: undefined, updates: [update], lastEntryId: entryId };
  }

  addPeer(peer: Peer): void {
    this.peers.add(peer);
  }

  removePeer(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    if (peer.awarenessIds.size > 0 && this.#state === 'ready') {
      // Tells the others that this peer's cursors and names are gone.
      removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
    }
  }

  /**
   * Runs `run` once every update the doc emitted so far is committed to storage (at once if it
   * is). Never runs if the room fails first: nothing may then be called saved.
   */
  afterCommit(run: () => void): void {
    if (this.#state !== 'ready') return;
    if (this.#committed >= this.#emitted) run();
    else this.#commitWaiters.push({ upTo: this.#emitted, run });
  }

  /**
   * Whether the doc holds changes it cannot integrate yet (they wait for a missing earlier
   * change). Those are neither emitted nor stored, so whoever sent them is not saved.
   */
  get hasPendingChanges(): boolean {
    const { pendingStructs, pendingDs } = this.doc.store;
    return pendingStructs !== null || pendingDs !== null;
  }

  /** Resolves when every update emitted so far is stored (or the room failed). */
  async flushed(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  /** Stores what is left, compacts the log into a snapshot and frees the document. */
  async unload(): Promise<void> {
    await this.flushed();
    if (this.#state === 'ready' && this.#logEntries > 0) {
      try {
        await this.#compact();
      } catch (error) {
        // The log rows are still there; the next load replays them.
        this.#options.logger('error', 'room-compaction-failed', { room: this.name, ...errorFields(error) });
      }
    }
    if (this.#state !== 'failed') this.#state = 'unloaded';
    this.#destroy();
  }

  /** Storage failed: drop the in-memory state and close every socket with 1011. */
  fail(error: unknown): void {
    if (this.#state === 'failed' || this.#state === 'unloaded') return;
    this.#state = 'failed';
    this.#pending = [];
    this.#commitWaiters = [];
    this.#options.logger('error', 'room-failed', { room: this.name, peers: this.peers.size, ...errorFields(error) });
    // Clients keep their edits and resend them when they reconnect to a freshly loaded room.
    for (const peer of [...this.peers]) peer.close(CloseCode.internalError, 'storage failure');
    this.#destroy();
    this.#options.onFailure(this);
  }

  #destroy(): void {
    this.doc.off('update', this.#onUpdate);
    this.awareness.off('update', this.#onAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }

  readonly #onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.#state !== 'ready') return;
    this.#pending.push({ update, origin });
    this.#emitted += 1;
    this.#storedBytes += update.byteLength;
    this.#draining ??= this.#drain();
  };

  async #drain(): Promise<void> {
    // Wait one turn so the updates of many frames read together are committed together.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.#pending.length > 0 && this.#state === 'ready') {
      const batch = this.#pending.splice(0);
      try {
        this.#lastEntryId = await this.#options.storage.appendUpdates(
          this.name,
          batch.map((item) => item.update),
        );
        this.#logEntries += batch.length;
        this.#committed += batch.length;
        this.#relay(batch);
        this.#runCommitWaiters();
        if (this.#logEntries >= this.#options.compactThreshold) await this.#compact();
      } catch (error) {
        this.fail(error);
      }
    }
    // Cleared with no await after the loop's last check, so no update can slip in between.
    this.#draining = undefined;
  }

  #relay(batch: readonly PendingUpdate[]): void {
    if (this.#state !== 'ready') return;
    for (const { update, origin } of batch) {
      const message = encodeUpdate(update);
      for (const peer of this.peers) if (peer !== origin) peer.send(message);
    }
  }

  #runCommitWaiters(): void {
    const due = this.#commitWaiters.filter((waiter) => waiter.upTo <= this.#committed);
    if (due.length === 0) return;
    this.#commitWaiters = this.#commitWaiters.filter((waiter) => waiter.upTo > this.#committed);
    for (const waiter of due) waiter.run();
  }

  async #compact(): Promise<void> {
    // The snapshot holds at least every logged update (all were applied before being logged);
    // an update applied since and logged later is simply applied twice on load, which Yjs ignores.
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const upTo = this.#lastEntryId;
    await this.#options.storage.compactRoom(this.name, snapshot, upTo);
    this.#logEntries = 0;
    this.#storedBytes = snapshot.byteLength + this.#pending.reduce((sum, item) => sum + item.update.byteLength, 0);
    this.#options.logger('info', 'room-compacted', { room: this.name, upTo, bytes: snapshot.byteLength });
  }

  readonly #onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const peer = this.peers.has(origin as Peer) ? (origin as Peer) : undefined;
    if (peer) {
      for (const id of [...added, ...updated]) peer.awarenessIds.add(id);
      for (const id of removed) peer.awarenessIds.delete(id);
    }
    const message = encodeAwareness(this.awareness, [...added, ...updated, ...removed]);
    for (const other of this.peers) if (other !== peer) other.send(message);
  };
}

function byteLength(stored: StoredRoom): number {
  return stored.updates.reduce((sum, update) => sum + update.byteLength, stored.snapshot?.byteLength ?? 0);
}

function isEmpty(stored: StoredRoom): boolean {
  return stored.snapshot === undefined && stored.updates.length === 0;
}
