import { type BallotEntry, Ballots, type PersonId } from '@avaa/board-model';
import type { Storage } from '../storage/types.ts';
import { EntryBook } from './entryBook.ts';

/** Where a common table's ballots are stored: beside the room, deleted with its workshop (`<id>/...`). */
export function ballotKey(room: string): string {
  return `${room}#ballots`;
}

/**
 * Who placed which dot on one common table (board-model's `Ballots`), in an entry book
 * (entryBook.ts) beside the room's own. Entries are slot writes, read in log order; each write
 * is stored before it is answered or counted, so "saved" holds for dots too.
 */
export class BallotBook extends EntryBook<BallotEntry, Ballots> {
  constructor(storage: Storage, room: string) {
    super(storage, ballotKey(room), new Ballots(), { encode, decode });
  }

  /** The ballots read so far (entries up to `lastEntryId`). */
  get ballots(): Ballots {
    return this.log;
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
