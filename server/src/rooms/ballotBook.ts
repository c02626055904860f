import { type BallotEntry, Ballots, type PersonId } from '@avaa/board-model';
import type { Storage } from '../storage/types.ts';

/** Where a common table's ballots are stored: beside the room, deleted with its workshop (`<id>/...`). */
export function ballotKey(room: string): string {
  return `${room}#ballots`;
}

/**
 * Who placed which dot on one common table (board-model's `Ballots`): an append-only log in
 * storage beside the room's own, like the client registry (SQLite or PostgreSQL, so every node
 * reads the same), never in a document anyone syncs. Entries are slot writes, read in log order;
 * each write is stored before it is answered or counted, so "saved" holds for dots too.
 */
export class BallotBook {
  readonly ballots = new Ballots();
  readonly #storage: Storage;
  readonly #key: string;
  #lastEntryId = 0;
  /** Writes run one after the other, each deciding on what came before it. */
  #queue: Promise<void> = Promise.resolve();

  constructor(storage: Storage, room: string) {
    this.#storage = storage;
    this.#key = ballotKey(room);
  }

  /** Entries up to this id are counted in `ballots`. */
  get lastEntryId(): number {
    return this.#lastEntryId;
  }

  load(): Promise<void> {
    return this.catchUp();
  }

  /**
   * Runs `decide` on the ballots as stored now (other nodes' entries included) and stores the
   * entries it returns; resolves with its result once they are stored and counted.
   */
  write<T>(decide: (ballots: Ballots) => { readonly entries: readonly BallotEntry[]; readonly result: T }): Promise<T> {
    const run = this.#queue.then(async () => {
      await this.catchUp();
      const { entries, result } = decide(this.ballots);
      if (entries.length > 0) {
        await this.#storage.appendUpdates(this.#key, [encode(entries)]);
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
    for (const entry of stored.updates.flatMap(decode)) this.ballots.apply(entry);
    this.#lastEntryId = stored.lastEntryId;
  }
}

/** Every ballot entry stored for a common table, in order (the facilitator's export reads them). */
export async function storedBallots(storage: Storage, room: string): Promise<BallotEntry[]> {
  const stored = await storage.loadRoom(ballotKey(room));
  return stored.updates.flatMap(decode);
}

function encode(entries: readonly BallotEntry[]): Uint8Array {
  const rows = entries.map((e) => [e.vote, e.person, e.slot, e.note, ...(e.change === undefined ? [] : [e.change])]);
  return new TextEncoder().encode(JSON.stringify(rows));
}

function decode(bytes: Uint8Array): BallotEntry[] {
  const rows: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: unknown) => {
    if (!Array.isArray(row)) return [];
    const [vote, person, slot, note, change] = row as unknown[];
    if (typeof vote !== 'string' || typeof person !== 'string' || typeof slot !== 'number') return [];
    if (note !== null && typeof note !== 'string') return [];
    // Ballots.apply checks the ids' shape.
    const entry = { vote, person: person as PersonId, slot, note } as BallotEntry;
    return [typeof change === 'string' ? { ...entry, change } : entry];
  });
}
