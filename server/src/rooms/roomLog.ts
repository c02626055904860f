import { errorFields, type Logger } from '../log.ts';
import type { Storage, StoredRoom } from '../storage/types.ts';
import { CommitWaiters } from './commitWaiters.ts';
import { storedBytes } from './storedState.ts';

export type RoomLogOptions = {
  readonly name: string;
  readonly storage: Storage;
  readonly logger: Logger;
  readonly compactThreshold: number;
  /** Whether the room still takes writes (a failed or unloaded room stores nothing more). */
  readonly live: () => boolean;
  /** The whole document as one update, for compaction. */
  readonly snapshot: () => Uint8Array;
  /** Log entries up to this id are in the document (what a snapshot may replace). */
  readonly heldEntryId: () => number;
  /** Whether "saved" may be answered now (with several nodes: while Redis carries changes). */
  readonly acknowledging: () => boolean;
  /** Entries `first`..`last` (these updates) are committed (also after the room stopped being live). */
  readonly onCommitted: (first: number, last: number, updates: readonly Uint8Array[]) => void;
  readonly onFailure: (error: unknown) => void;
};

/**
 * A room's write-behind log: the updates its doc emitted wait here for their commit (every room's
 * of one turn together, see storage), then count towards compaction, which replaces the log with
 * a snapshot past `compactThreshold` entries. "Saved" answers wait for the commit of everything
 * emitted before them.
 */
export class RoomLog {
  readonly #options: RoomLogOptions;
  readonly #commits: CommitWaiters;
  /** Updates the doc emitted (and relayed) that wait for their commit. */
  #pending: Uint8Array[] = [];
  #draining: Promise<void> | undefined;
  #entries = 0;
  /** Bytes of the stored snapshot and log, and of what waits to be stored. */
  #bytes = 0;

  constructor(options: RoomLogOptions) {
    this.#options = options;
    this.#commits = new CommitWaiters(options.acknowledging);
  }

  /** About how big the room is: an upper bound of the document (the log repeats overwritten changes). */
  get sizeBytes(): number {
    return this.#bytes;
  }

  get hasEntries(): boolean {
    return this.#entries > 0;
  }

  loaded(stored: StoredRoom): void {
    this.#entries = stored.updates.length;
    this.#bytes = storedBytes(stored);
  }

  /** The doc emitted `update`: store it. */
  emitted(update: Uint8Array): void {
    this.#pending.push(update);
    this.#commits.emitted();
    this.#bytes += update.byteLength;
    this.#draining ??= this.#drain();
  }

  /** Another node stored `update`: it is in the log, so it counts towards compaction. */
  storedElsewhere(update: Uint8Array): void {
    this.#entries += 1;
    this.#bytes += update.byteLength;
  }

  /** Runs `run` once everything emitted so far is committed; never if the room fails first. */
  afterCommit(run: () => void): void {
    this.#commits.add(run);
  }

  resumeAcknowledgements(): void {
    this.#commits.run();
  }

  /** Resolves when every update emitted so far is stored (or the room failed). */
  async flushed(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  /** Forgets what waits, and every "saved" waiting for it (the room failed or is discarded). */
  clear(): void {
    this.#pending = [];
    this.#commits.clear();
  }

  async compact(): Promise<void> {
    // The snapshot holds at least every logged update (all were applied before being logged);
    // an update applied since and logged later is simply applied twice on load, which Yjs ignores.
    const snapshot = this.#options.snapshot();
    const upTo = this.#options.heldEntryId();
    await this.#options.storage.compactRoom(this.#options.name, snapshot, upTo);
    this.#entries = 0;
    this.#bytes = snapshot.byteLength + this.#pending.reduce((sum, update) => sum + update.byteLength, 0);
    this.#options.logger('info', 'room-compacted', { room: this.#options.name, upTo, bytes: snapshot.byteLength });
  }

  /** Compaction when the room unloads: a failure is logged, and the log rows stay for the next load. */
  async compactOrLog(): Promise<void> {
    try {
      await this.compact();
    } catch (error) {
      this.#options.logger('error', 'room-compaction-failed', { room: this.#options.name, ...errorFields(error) });
    }
  }

  async #drain(): Promise<void> {
    const { storage, name, live } = this.#options;
    // Wait one turn so the updates of many frames read together are committed together.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.#pending.length > 0 && live()) {
      const updates = this.#pending.splice(0);
      try {
        const last = await storage.appendUpdates(name, updates);
        this.#entries += updates.length;
        this.#options.onCommitted(last - updates.length + 1, last, updates);
        this.#commits.committed(updates.length);
        if (live() && this.#entries >= this.#options.compactThreshold) await this.compact();
      } catch (error) {
        this.#options.onFailure(error);
      }
    }
    // Cleared with no await after the loop's last check, so no update can slip in between.
    this.#draining = undefined;
  }
}
