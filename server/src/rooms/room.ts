import { dropPendingUpdates, hasPendingUpdates } from '@avaa/board-model/yjs-internals';
import { CloseCode } from '@avaa/protocol';
import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { errorFields, type Logger } from '../log.ts';
import type { Storage, StoredRoom } from '../storage/types.ts';
import { encodeUpdate } from '../sync/messages.ts';
import type { BallotBook } from './ballotBook.ts';
import { ClientRegistry } from './clientRegistry.ts';
import { EntryTracker } from './entryTracker.ts';
import { eraseExpiredNotes, eraseOnUnload, keepDeletionTimes } from './erasure.ts';
import { type ErasureDue, erasureDueFor } from './erasureDue.ts';
import { dropUnlistedImages } from './imageErasure.ts';
import { PresenceRelay } from './presenceRelay.ts';
import { adoptImportedReactions, publishBoardReactions, type ReactionBook, reactionBookFor } from './reactionBook.ts';
import { FROM_OTHER_NODE, type RoomLink } from './roomLink.ts';
import { RoomLog } from './roomLog.ts';
import { applyStored, isEmpty } from './storedState.ts';
import { ballotBookFor, moveLegacyDots, publishTallies, watchTallies } from './voteTallies.ts';

/** One client connection as a room sees it (implemented by sync/connection.ts). */
export interface Peer {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Awareness client ids this peer has set, removed when it leaves. */
  readonly awarenessIds: Set<number>;
  /**
   * Who is behind the peer (an owner key, auth/owner.ts) for client-id and presence ownership
   * (sync/ownership.ts). Silent members have none.
   */
  readonly identity?: string | undefined;
}

export type RoomOptions = {
  readonly name: string;
  readonly storage: Storage;
  readonly logger: Logger;
  readonly compactThreshold: number;
  /** How long deleted notes keep their text, from when this server saw them deleted (erasure.ts). */
  readonly deletedNoteGraceMs: number;
  /** The server's clock. */
  readonly now: () => number;
  /** The room's first update, stored when it loads with no stored state (see `Storage.seedRoom`). */
  readonly seed: (() => Uint8Array) | undefined;
  /** Called once when a storage error made the room unusable. */
  readonly onFailure: (room: Room) => void;
  /** The other nodes (several nodes on PostgreSQL and Redis); undefined on a single node. */
  readonly link?: RoomLink | undefined;
};

/** Presence changes of this long go to each peer as one message (presenceRelay.ts). */
const PRESENCE_INTERVAL_MS = 100;

/** Origin of the presence removal when a peer leaves: its own change, told to other nodes too. */
const PEER_LEFT = Symbol('peer left');

type RoomState = 'loading' | 'ready' | 'failed' | 'unloaded';

/**
 * One room in memory (a board, or a workshop document): its Y.Doc (the authority), awareness,
 * peers and the write-behind log. Every update the doc emits is relayed to the other peers at
 * once and appended to storage; "saved" answers and other nodes (through the link) wait for the
 * commit. Other nodes' commits come in through the link and are only relayed.
 */
export class Room {
  readonly name: string;
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness: Awareness;
  readonly peers = new Set<Peer>();
  /** Whose each Yjs client id of the document is (sync/clientIds.ts asks it). */
  readonly clients: ClientRegistry;
  /** A common table's ballots: who placed which dot, kept out of the document (voteTallies.ts). */
  readonly ballots: BallotBook | undefined;
  /** A board's reactions: who reacted how, kept out of the document (reactionBook.ts). */
  readonly reactions: ReactionBook | undefined;
  readonly #options: RoomOptions;
  #state: RoomState = 'loading';
  readonly #log: RoomLog;
  readonly #presence: PresenceRelay;
  #lastEntryId = 0;
  /** With other nodes: which log entries the doc holds, and catching up on missed ones. */
  readonly #entries: EntryTracker | undefined;
  /** Other nodes' commits heard while loading, handled once loaded. */
  #early: (() => void)[] = [];
  #stopDeletionTimes = () => {};
  /** The compaction that takes erased text out of the stored log. */
  #erasing: Promise<void> = Promise.resolve();
  /** When the next erasure is due, kept in storage for the sweep of rooms not loaded (erasureDue.ts). */
  readonly #due: ErasureDue | undefined;
  #unwatch: () => void = () => {};

  constructor(options: RoomOptions) {
    this.name = options.name;
    this.#options = options;
    this.clients = new ClientRegistry(options.storage, options.name);
    this.ballots = ballotBookFor(options.storage, options.name);
    this.reactions = reactionBookFor(options.storage, options.name);
    this.#due = erasureDueFor(this, {
      ...options,
      flushed: () => this.flushed(),
      failed: () => this.#state === 'failed',
    });
    this.awareness = new Awareness(this.doc);
    // The server is not a participant: no presence of its own.
    this.awareness.setLocalState(null);
    this.#presence = new PresenceRelay(this.awareness, this.peers, PRESENCE_INTERVAL_MS);
    this.#log = new RoomLog({
      ...options,
      live: () => this.#state === 'ready',
      snapshot: () => Y.encodeStateAsUpdate(this.doc),
      heldEntryId: () => this.heldEntryId,
      acknowledging: () => options.link?.acknowledging ?? true,
      onCommitted: (first, last, updates) => this.#committed(first, last, updates),
      onFailure: (error) => this.fail(error),
    });
    if (options.link) {
      this.#entries = new EntryTracker({
        fetch: (after) => options.storage.loadRoomSince(this.name, after),
        apply: (stored) => this.#applyStored(stored),
        onError: (error) => options.logger('warn', 'room-catch-up-failed', { room: this.name, ...errorFields(error) }),
      });
    }
  }

  /**
   * About how big the room is: its snapshot and log as stored, plus what is waiting to be. An
   * upper bound of the document (the log repeats what later changes overwrote until compaction).
   */
  get sizeBytes(): number {
    return this.#log.sizeBytes;
  }

  get ready(): boolean {
    return this.#state === 'ready';
  }

  /** Applies the stored snapshot and log (or the seed); only then does the room accept messages. */
  async load(): Promise<void> {
    // Subscribed before reading: whatever another node commits after the read is heard.
    await this.#options.link?.open(this);
    const stored = await this.#storedOrSeeded();
    await this.clients.load();
    await this.ballots?.load();
    await this.reactions?.load();
    await this.#due?.load();
    if (this.#state !== 'loading') return;
    applyStored(this.doc, stored, null);
    // Old dots go into the ballots (stored) before the document, stripped below, is answered.
    const stripLegacy = this.ballots && (await moveLegacyDots(this.doc, this.ballots));
    // An imported board's reactions go into the reaction log (stored) before it is answered.
    if (this.reactions) await adoptImportedReactions(this.doc, this.reactions, this.name);
    if (this.#state !== 'loading') return;
    this.#log.loaded(stored);
    this.#lastEntryId = stored.lastEntryId;
    this.#entries?.loaded(stored.lastEntryId);
    // Listen only now, so loading does not append the stored state to the log again.
    this.doc.on('update', this.#onUpdate);
    this.awareness.on('update', this.#onAwareness);
    this.#state = 'ready';
    this.#stopDeletionTimes = keepDeletionTimes(this, this.#options.now);
    this.#due?.watch();
    stripLegacy?.();
    // Counts a failure left unpublished (stored dots, then the room failed) are published now.
    if (this.ballots) publishTallies(this.doc, this.ballots);
    if (this.ballots) this.#unwatch = watchTallies(this.doc, this.ballots, () => this.ready);
    // Before any client reads the board: names of an anonymous workshop's reactions leave it.
    if (this.reactions) publishBoardReactions(this.doc, this.reactions, this.name);
    // Before any client reads the board: text past its week is never sent again.
    this.eraseExpiredNotes();
    for (const early of this.#early.splice(0)) early();
    this.#options.link?.loaded(this);
  }

  /**
   * Another node committed entries `first`..`last` of this room's log (merged into `update`):
   * applied as theirs, so relayed to this node's clients and never stored again. A gap makes
   * the room catch up from storage instead.
   */
  applyFromOtherNode(first: number, last: number, update: Uint8Array): void {
    if (this.#state === 'loading') this.#early.push(() => this.applyFromOtherNode(first, last, update));
    if (this.#state !== 'ready' || !this.#entries) return;
    this.#entries.received(first, last, () => {
      Y.applyUpdate(this.doc, update, FROM_OTHER_NODE);
      this.#lastEntryId = Math.max(this.#lastEntryId, last);
    });
  }

  /** Reads what this node may have missed (after a Redis reconnect, or when the log is ahead). */
  async catchUp(): Promise<void> {
    if (this.#state === 'ready') await this.#entries?.catchUp();
  }

  /** Entries up to this id are in the document (with other nodes; else the newest stored). */
  get heldEntryId(): number {
    return this.#entries?.held ?? this.#lastEntryId;
  }

  /** Presence from another node's clients: relayed to ours, never published again. */
  applyPresenceFromOtherNode(update: Uint8Array): void {
    if (this.#state === 'ready') applyAwarenessUpdate(this.awareness, update, FROM_OTHER_NODE);
  }

  /** Presence ids that this node's clients set (another node asked for them). */
  localPresenceIds(): number[] {
    return [...this.peers].flatMap((peer) => [...peer.awarenessIds]);
  }

  /** The link is back: answer the save requests that waited for it. */
  resumeAcknowledgements(): void {
    if (this.#state === 'ready') this.#log.resumeAcknowledgements();
  }

  #applyStored(stored: StoredRoom): void {
    if (this.#state !== 'ready') return;
    applyStored(this.doc, stored, FROM_OTHER_NODE);
    this.#lastEntryId = Math.max(this.#lastEntryId, stored.lastEntryId);
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
      removeAwarenessStates(this.awareness, [...peer.awarenessIds], PEER_LEFT);
    }
  }

  /**
   * Runs `run` once every update the doc emitted so far is committed to storage (at once if it
   * is). Never runs if the room fails first: nothing may then be called saved.
   */
  afterCommit(run: () => void): void {
    if (this.#state === 'ready') this.#log.afterCommit(run);
  }

  /**
   * Whether the doc holds changes it cannot integrate yet (they wait for a missing earlier
   * change). Those are neither emitted nor stored, so whoever sent them is not saved.
   */
  get hasPendingChanges(): boolean {
    return hasPendingUpdates(this.doc);
  }

  /**
   * Forgets changes that wait for a missing earlier change (the sync path refuses the frame that
   * left them): kept, they would be applied later without the checks, and nobody would be saved.
   */
  dropPendingChanges(): void {
    dropPendingUpdates(this.doc);
  }

  /** Resolves when every update emitted so far is stored (or the room failed). */
  flushed(): Promise<void> {
    return this.#log.flushed();
  }

  /**
   * Erases the text of notes deleted longer than the grace period ago (at load and by the room
   * manager's sweep), then compacts the log and purges, so no database file keeps the text.
   */
  eraseExpiredNotes(): void {
    if (this.#state !== 'ready') return;
    this.#due?.erasing(this.#options.now());
    if (eraseExpiredNotes(this, this.#options) === 0) return;
    this.#erasing = this.#erasing.then(async () => {
      await this.flushed();
      if (this.#state !== 'ready') return;
      await this.#log.compactOrLog();
      await this.#purgeDeleted();
    });
  }

  /**
   * Stores what is left, erases deleted notes' text past the grace period, compacts the log into
   * a snapshot (which then holds no trace of erased text) and frees the document.
   */
  async unload(): Promise<void> {
    await this.#erasing;
    await this.flushed();
    if (this.#state === 'ready') this.#due?.erasing(this.#options.now());
    const erased = this.#state === 'ready' && eraseOnUnload(this, this.#options);
    if (erased) await this.flushed();
    const compacts = this.#state === 'ready' && (this.#log.hasEntries || erased);
    if (compacts) await this.#log.compactOrLog();
    // The rows that held erased text, text edited away or a removed person's name are deleted
    // now (the snapshot is of a doc with gc on); this makes them unrecoverable from the files.
    if (compacts) await this.#purgeDeleted();
    await this.#due?.settled();
    if (this.#state !== 'failed') this.#state = 'unloaded';
    this.#destroy();
  }

  async #purgeDeleted(): Promise<void> {
    try {
      await dropUnlistedImages(this.#options.storage, this, Date.now());
      await this.#options.storage.purgeDeleted();
    } catch (error) {
      // Left to the next purge (SQLite's automatic checkpoints also overwrite the old frames).
      this.#options.logger('warn', 'storage-purge-failed', { room: this.name, ...errorFields(error) });
    }
  }

  /**
   * Drops the room without storing anything more (its workshop is being deleted): every peer is
   * closed with `code`, pending updates are forgotten. Resolves once a write under way has
   * ended, so nothing of the room reaches storage after.
   */
  async discard(code: number, reason: string): Promise<void> {
    const live = this.#state === 'ready' || this.#state === 'loading';
    if (live) this.#state = 'unloaded';
    this.#log.clear();
    for (const peer of [...this.peers]) peer.close(code, reason);
    this.#due?.stop();
    await this.flushed();
    await this.#due?.settled();
    if (live) this.#destroy();
  }

  /** Storage failed: drop the in-memory state and close every socket with 1011. */
  fail(error: unknown): void {
    if (this.#state === 'failed' || this.#state === 'unloaded') return;
    this.#state = 'failed';
    this.#log.clear();
    this.#options.logger('error', 'room-failed', { room: this.name, peers: this.peers.size, ...errorFields(error) });
    // Clients keep their edits and resend them when they reconnect to a freshly loaded room.
    for (const peer of [...this.peers]) peer.close(CloseCode.internalError, 'storage failure');
    this.#destroy();
    this.#options.onFailure(this);
  }

  #destroy(): void {
    this.#stopDeletionTimes();
    this.#due?.stop();
    this.#unwatch();
    this.#presence.destroy();
    this.doc.off('update', this.#onUpdate);
    this.awareness.off('update', this.#onAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }

  readonly #onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.#state !== 'ready') return;
    // Relayed before it is durable, as every y-websocket server does: waiting for the fsync
    // would put the disk in every edit's path to the other screens. The writer's client keeps
    // the edit until "saved" (and those who saw it would give it back after a crash).
    const message = encodeUpdate(update);
    for (const peer of this.peers) if (peer !== origin) peer.send(message);
    // Another node's commit is in the log already; ours is stored now.
    if (origin === FROM_OTHER_NODE) this.#log.storedElsewhere(update);
    else this.#log.emitted(update);
  };

  #committed(first: number, last: number, updates: readonly Uint8Array[]): void {
    this.#lastEntryId = Math.max(this.#lastEntryId, last);
    this.#entries?.committed(first, last);
    if (this.#state === 'ready') this.#options.link?.committed(this, first, last, updates);
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
    const changed = [...added, ...updated, ...removed];
    this.#presence.changed(changed);
    // Only this node's clients' own changes go out: not other nodes' (they have them), nor the
    // timeouts each node runs by itself.
    if (peer || origin === PEER_LEFT) this.#options.link?.presenceChanged(this, changed);
  };
}
