import { dropPendingUpdates, hasPendingUpdates } from '@avaa/board-model/yjs-internals';
import { CloseCode } from '@avaa/protocol';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { errorFields, type Logger } from '../log.ts';
import type { Storage } from '../storage/types.ts';
import { encodeUpdate } from '../sync/messages.ts';
import type { BallotBook } from './ballotBook.ts';
import { ClientRegistry } from './clientRegistry.ts';
import { keepDeletionTimes } from './erasure.ts';
import { type ErasureDue, erasureDueFor } from './erasureDue.ts';
import { adoptImportedReactions, publishBoardReactions, type ReactionBook, reactionBookFor } from './reactionBook.ts';
import { RoomEntries } from './roomEntries.ts';
import { RoomErasure } from './roomErasure.ts';
import { FROM_OTHER_NODE, type RoomLink } from './roomLink.ts';
import { RoomLog } from './roomLog.ts';
import { RoomPresence } from './roomPresence.ts';
import { applyStored, storedOrSeeded } from './storedState.ts';
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
  readonly #presence: RoomPresence;
  /** With other nodes: which log entries the doc holds, and catching up on missed ones. */
  readonly #entries: RoomEntries;
  /** Other nodes' commits heard while loading, handled once loaded. */
  #early: (() => void)[] = [];
  #stopDeletionTimes = () => {};
  readonly #erasure: RoomErasure;
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
    this.#presence = new RoomPresence(this.doc, this.peers, (changed) => options.link?.presenceChanged(this, changed));
    this.#log = new RoomLog({
      ...options,
      live: () => this.#state === 'ready',
      snapshot: () => Y.encodeStateAsUpdate(this.doc),
      heldEntryId: () => this.heldEntryId,
      acknowledging: () => options.link?.acknowledging ?? true,
      onCommitted: (first, last, updates) => this.#committed(first, last, updates),
      onFailure: (error) => this.fail(error),
    });
    this.#erasure = new RoomErasure(this, options, this.#log, this.#due);
    this.#entries = new RoomEntries(this, options);
  }

  /**
   * About how big the room is: its snapshot and log as stored, plus what is waiting to be. An
   * upper bound of the document (the log repeats what later changes overwrote until compaction).
   */
  get sizeBytes(): number {
    return this.#log.sizeBytes;
  }

  get awareness(): Awareness {
    return this.#presence.awareness;
  }

  get ready(): boolean {
    return this.#state === 'ready';
  }

  /** Applies the stored snapshot and log (or the seed); only then does the room accept messages. */
  async load(): Promise<void> {
    // Subscribed before reading: whatever another node commits after the read is heard.
    await this.#options.link?.open(this);
    const stored = await storedOrSeeded(this.name, this.#options, () => this.#state === 'loading');
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
    this.#entries.loaded(stored.lastEntryId);
    // Listen only now, so loading does not append the stored state to the log again.
    this.doc.on('update', this.#onUpdate);
    this.#presence.listen();
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
    if (this.#state === 'ready') this.#entries.fromOtherNode(first, last, update);
  }

  /** Reads what this node may have missed (after a Redis reconnect, or when the log is ahead). */
  async catchUp(): Promise<void> {
    if (this.#state === 'ready') await this.#entries.catchUp();
  }

  /** Entries up to this id are in the document (with other nodes; else the newest stored). */
  get heldEntryId(): number {
    return this.#entries.held;
  }

  /** Presence from another node's clients: relayed to ours, never published again. */
  applyPresenceFromOtherNode(update: Uint8Array): void {
    if (this.#state === 'ready') this.#presence.applyFromOtherNode(update);
  }

  /** Presence ids that this node's clients set (another node asked for them). */
  localPresenceIds(): number[] {
    return this.#presence.localIds();
  }

  /** The link is back: answer the save requests that waited for it. */
  resumeAcknowledgements(): void {
    if (this.#state === 'ready') this.#log.resumeAcknowledgements();
  }

  addPeer(peer: Peer): void {
    this.peers.add(peer);
  }

  removePeer(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    if (this.#state === 'ready') this.#presence.peerLeft(peer);
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
    if (this.#state === 'ready') this.#erasure.eraseExpired();
  }

  /** Stores what is left, erases and compacts (roomErasure.ts), and frees the document. */
  async unload(): Promise<void> {
    await this.#erasure.beforeUnload();
    await this.#due?.settled();
    if (this.#state !== 'failed') this.#state = 'unloaded';
    this.#destroy();
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
    this.#entries.committed(first, last);
    if (this.#state === 'ready') this.#options.link?.committed(this, first, last, updates);
  }
}
