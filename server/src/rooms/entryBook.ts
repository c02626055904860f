import type { Storage } from '../storage/types.ts';

/** How a book's entries are written to and read from storage (a line of the log holds several). */
export type EntryCodec<Entry> = {
  encode(entries: readonly Entry[]): Uint8Array;
  /** Drops what does not fit the entry's shape: the log is read as found. */
  decode(bytes: Uint8Array): Entry[];
};

/**
 * An append-only log of entries in storage beside a room's own, like the client registry (SQLite
 * or PostgreSQL, so every node reads the same), never in a document anyone syncs: the ballots
 * (ballotBook.ts) and the reactions (reactionBook.ts). `log` holds what is read so far, in log
 * order; each write is stored before it is answered or counted, so "saved" holds for them too.
 */
export class EntryBook<Entry, Log extends { apply(entry: Entry): void }> {
  readonly log: Log;
  readonly #storage: Storage;
  readonly #key: string;
  readonly #codec: EntryCodec<Entry>;
  #lastEntryId = 0;
  /** Writes run one after the other, each deciding on what came before it. */
  #queue: Promise<void> = Promise.resolve();

  constructor(storage: Storage, key: string, log: Log, codec: EntryCodec<Entry>) {
    this.#storage = storage;
    this.#key = key;
    this.log = log;
    this.#codec = codec;
  }

  /** Entries up to this id are in `log`. */
  get lastEntryId(): number {
    return this.#lastEntryId;
  }

  load(): Promise<void> {
    return this.catchUp();
  }

  /**
   * Runs `decide` on the log as stored now (other nodes' entries included) and stores the
   * entries it returns; resolves with its result once they are stored and read back.
   */
  write<T>(decide: (log: Log) => { readonly entries: readonly Entry[]; readonly result: T }): Promise<T> {
    const run = this.#queue.then(async () => {
      await this.catchUp();
      const { entries, result } = decide(this.log);
      if (entries.length > 0) {
        await this.#storage.appendUpdates(this.#key, [this.#codec.encode(entries)]);
        await this.catchUp();
      }
      return result;
    });
    this.#queue = run.then(
      () => {},
      () => {},
    );
    return run;
  }

  async catchUp(): Promise<void> {
    const stored = await this.#storage.loadRoomSince(this.#key, this.#lastEntryId);
    if (stored.lastEntryId <= this.#lastEntryId) return;
    for (const entry of stored.updates.flatMap((bytes) => this.#codec.decode(bytes))) this.log.apply(entry);
    this.#lastEntryId = stored.lastEntryId;
  }
}
