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
import { EntryBook } from './entryBook.ts';

/** Where a workshop's reactions are stored: beside its rooms, deleted with the workshop (`<id>/...`). */
export function reactionKey(workshopId: WorkshopId): string {
  return `${workshopRoomName(workshopId)}#reactions`;
}

/**
 * Who reacted how on a workshop's boards, and whether reactions are anonymous (board-model
 * `ReactionLog`), in an entry book (entryBook.ts) beside the rooms, like the ballots. Each board
 * room reads the workshop's one log; every line is stored before it is answered or published.
 */
export class ReactionBook extends EntryBook<ReactionEntry, ReactionLog> {
  constructor(storage: Storage, workshopId: WorkshopId) {
    super(storage, reactionKey(workshopId), new ReactionLog(), { encode, decode });
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
