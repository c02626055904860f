import type { StoredRoom } from '../storage/types.ts';

export type EntryTrackerOptions = {
  /** The stored state after an entry id (Storage.loadRoomSince). */
  readonly fetch: (afterEntryId: number) => Promise<StoredRoom>;
  /** Applies fetched state to the document (as coming from another node). */
  readonly apply: (stored: StoredRoom) => void;
  readonly onError: (error: unknown) => void;
};

/**
 * Which of a room's log entries this node's document holds, when several nodes write the log:
 * entry ids are per-room sequence numbers without holes, so `held` means "every entry up to
 * here is in the document". Whatever does not follow on (a message lost while Redis was away, a
 * node's own commit after entries it has not heard of yet) makes it catch up from storage, so
 * the document never silently lacks an entry; and compaction deletes only up to `held`.
 */
export class EntryTracker {
  #held = 0;
  readonly #options: EntryTrackerOptions;
  #catchingUp: Promise<void> | undefined;
  #again = false;

  constructor(options: EntryTrackerOptions) {
    this.#options = options;
  }

  get held(): number {
    return this.#held;
  }

  loaded(lastEntryId: number): void {
    this.#held = Math.max(this.#held, lastEntryId);
  }

  /** This node committed entries `first`..`last` (its document has them already). */
  committed(first: number, last: number): void {
    if (first <= this.#held + 1) this.#held = Math.max(this.#held, last);
    else void this.catchUp();
  }

  /**
   * Another node committed `first`..`last`; `apply` puts them into the document. Entries held
   * already are ignored; after a gap the whole stretch is read from storage instead.
   */
  received(first: number, last: number, apply: () => void): void {
    if (last <= this.#held) return;
    if (first > this.#held + 1) {
      void this.catchUp();
      return;
    }
    apply();
    this.#held = last;
  }

  /** Reads and applies everything after `held`; concurrent calls share one read plus one more. */
  catchUp(): Promise<void> {
    if (this.#catchingUp) {
      this.#again = true;
      return this.#catchingUp;
    }
    this.#catchingUp = this.#run().finally(() => {
      this.#catchingUp = undefined;
    });
    return this.#catchingUp;
  }

  async #run(): Promise<void> {
    do {
      this.#again = false;
      try {
        const after = this.#held;
        const stored = await this.#options.fetch(after);
        if (stored.lastEntryId > this.#held) {
          this.#options.apply(stored);
          this.#held = stored.lastEntryId;
        }
      } catch (error) {
        // Storage is away: the periodic check or the next message tries again.
        this.#options.onError(error);
        return;
      }
    } while (this.#again);
  }
}
