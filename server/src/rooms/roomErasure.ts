import type * as Y from 'yjs';
import { errorFields } from '../log.ts';
import type { Storage } from '../storage/types.ts';
import { type ErasureOptions, eraseExpiredNotes, eraseOnUnload } from './erasure.ts';
import type { ErasureDue } from './erasureDue.ts';
import { dropUnlistedImages } from './imageErasure.ts';
import type { RoomLog } from './roomLog.ts';

/** What of its room RoomErasure reads and asks. */
type ErasingRoom = {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly peers: ReadonlySet<unknown>;
  readonly ready: boolean;
  flushed(): Promise<void>;
};

/**
 * A room's erasure of deleted notes' text (room.ts, erasure.ts): past the grace period the text
 * leaves the document, then the log is compacted and the storage purged, so no database file
 * keeps it; at unload whatever is left is erased, compacted and purged the same way.
 */
export class RoomErasure {
  readonly #room: ErasingRoom;
  readonly #options: ErasureOptions & { readonly storage: Storage };
  readonly #log: RoomLog;
  readonly #due: ErasureDue | undefined;
  /** The compaction that takes erased text out of the stored log. */
  #erasing: Promise<void> = Promise.resolve();

  constructor(
    room: ErasingRoom,
    options: ErasureOptions & { readonly storage: Storage },
    log: RoomLog,
    due: ErasureDue | undefined,
  ) {
    this.#room = room;
    this.#options = options;
    this.#log = log;
    this.#due = due;
  }

  /** Erases what is past its grace period now (the room is ready), then compacts and purges. */
  eraseExpired(): void {
    this.#due?.erasing(this.#options.now());
    if (eraseExpiredNotes(this.#room, this.#options) === 0) return;
    this.#erasing = this.#erasing.then(async () => {
      await this.#room.flushed();
      if (!this.#room.ready) return;
      await this.#log.compactOrLog();
      await this.#purgeDeleted();
    });
  }

  /**
   * Before the room unloads: stores what is left, erases deleted notes' text past the grace
   * period and compacts the log into a snapshot (which then holds no trace of erased text).
   */
  async beforeUnload(): Promise<void> {
    await this.#erasing;
    await this.#room.flushed();
    if (this.#room.ready) this.#due?.erasing(this.#options.now());
    const erased = this.#room.ready && eraseOnUnload(this.#room, this.#options);
    if (erased) await this.#room.flushed();
    const compacts = this.#room.ready && (this.#log.hasEntries || erased);
    if (compacts) await this.#log.compactOrLog();
    // The rows that held erased text, text edited away or a removed person's name are deleted
    // now (the snapshot is of a doc with gc on); this makes them unrecoverable from the files.
    if (compacts) await this.#purgeDeleted();
  }

  async #purgeDeleted(): Promise<void> {
    try {
      // Images no document lists any more go with the rows (imageErasure.ts).
      await dropUnlistedImages(this.#options.storage, this.#room, Date.now());
      await this.#options.storage.purgeDeleted();
    } catch (error) {
      // Left to the next purge (SQLite's automatic checkpoints also overwrite the old frames).
      this.#options.logger('warn', 'storage-purge-failed', { room: this.#room.name, ...errorFields(error) });
    }
  }
}
