import {
  importedReactionEntries,
  publishReactions,
  type ReactionEntry,
  ReactionLog,
  reactionsAnonymous,
} from '@avaa/board-model';
import { parseRoomName, type WorkshopId, workshopRoomName } from '@avaa/protocol';
import type * as Y from 'yjs';
import type { Storage } from '../storage/types.ts';

/** Where a workshop's reactions are stored: beside its rooms, deleted with the workshop (`<id>/...`). */
export function reactionKey(workshopId: WorkshopId): string {
  return `${workshopRoomName(workshopId)}#reactions`;
}

/**
 * Who reacted how on a workshop's boards, and whether reactions are anonymous (board-model
 * `ReactionLog`): an append-only log in storage beside the rooms, like the ballots, never in a
 * document anyone syncs. Each board room reads the workshop's one log; every line is stored
 * before it is answered or published.
 */
export class ReactionBook {
  readonly log = new ReactionLog();
  readonly #storage: Storage;
  readonly #key: string;
  #lastEntryId = 0;
  /** Writes run one after the other, each deciding on what came before it. */
  #queue: Promise<void> = Promise.resolve();

  constructor(storage: Storage, workshopId: WorkshopId) {
    this.#storage = storage;
    this.#key = reactionKey(workshopId);
  }

  load(): Promise<void> {
    return this.catchUp();
  }

  /** Runs `decide` on the log as stored now and stores the entries it returns. */
  write<T>(decide: (log: ReactionLog) => { readonly entries: readonly ReactionEntry[]; readonly result: T }) {
    const run = this.#queue.then(async () => {
      await this.catchUp();
      const { entries, result } = decide(this.log);
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
    for (const entry of stored.updates.flatMap(decode)) this.log.apply(entry);
    this.#lastEntryId = stored.lastEntryId;
  }
}

/** A board room's reactions; other rooms (the workshop's, private ones) have none. */
export function reactionBookFor(storage: Storage, room: string): ReactionBook | undefined {
  const ref = parseRoomName(room);
  return ref?.kind === 'board' ? new ReactionBook(storage, ref.workshopId) : undefined;
}

/** Publishes what the board's document may show of its reactions (the server's own change). */
export function publishBoardReactions(doc: Y.Doc, book: ReactionBook, room: string): void {
  publishReactions(doc, book.log.published(room), book.log.anonymous);
}

/**
 * Reactions an imported workshop's board brought in its document, moved into the log the first
 * time the board loads (stored before anyone is answered); later publications come from the log.
 */
export async function adoptImportedReactions(doc: Y.Doc, book: ReactionBook, room: string): Promise<void> {
  if (book.log.knows(room)) return;
  const entries = importedReactionEntries(doc, room);
  if (entries.length === 0) return;
  const anonymous = reactionsAnonymous(doc) && !book.log.anonymous ? [{ anonymous: true }] : [];
  await book.write(() => ({ entries: [...entries, ...anonymous], result: undefined }));
}

/** Every reaction line stored for a workshop, in order (the facilitator's export reads them). */
export async function storedReactions(storage: Storage, workshopId: WorkshopId): Promise<ReactionEntry[]> {
  const stored = await storage.loadRoom(reactionKey(workshopId));
  return stored.updates.flatMap(decode);
}

function encode(entries: readonly ReactionEntry[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(entries));
}

function decode(bytes: Uint8Array): ReactionEntry[] {
  const rows: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (!Array.isArray(rows)) return [];
  // ReactionLog.apply checks each line's shape.
  return rows.filter((row): row is ReactionEntry => typeof row === 'object' && row !== null);
}
