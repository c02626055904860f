import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import { errorFields } from '../log.ts';
import type { Storage, StoredRoom } from '../storage/types.ts';
import { EntryTracker } from './entryTracker.ts';
import { FROM_OTHER_NODE } from './roomLink.ts';
import { applyStored } from './storedState.ts';

/**
 * Which entries of a room's stored log its document holds (room.ts): the newest committed on a
 * single node; with other nodes (entryTracker.ts) also theirs, applied as they arrive or caught
 * up from storage after a gap.
 */
/** What of its room RoomEntries reads. */
type EntriesRoom = { readonly name: string; readonly doc: Y.Doc; readonly ready: boolean };

export class RoomEntries {
  readonly #room: EntriesRoom;
  #lastEntryId = 0;
  readonly #tracker: EntryTracker | undefined;

  constructor(room: EntriesRoom, options: { storage: Storage; logger: Logger; link?: unknown }) {
    this.#room = room;
    if (!options.link) return;
    this.#tracker = new EntryTracker({
      fetch: (after) => options.storage.loadRoomSince(room.name, after),
      apply: (stored) => this.#applyStored(stored),
      onError: (error) => options.logger('warn', 'room-catch-up-failed', { room: room.name, ...errorFields(error) }),
    });
  }

  /** Entries up to this id are in the document (with other nodes; else the newest stored). */
  get held(): number {
    return this.#tracker?.held ?? this.#lastEntryId;
  }

  /** The stored state up to `lastEntryId` is in the document: the room is ready. */
  loaded(lastEntryId: number): void {
    this.#lastEntryId = lastEntryId;
    this.#tracker?.loaded(lastEntryId);
  }

  /** Entries `first`..`last` (merged into `update`) another node committed; the room is ready. */
  fromOtherNode(first: number, last: number, update: Uint8Array): void {
    this.#tracker?.received(first, last, () => {
      Y.applyUpdate(this.#room.doc, update, FROM_OTHER_NODE);
      this.#lastEntryId = Math.max(this.#lastEntryId, last);
    });
  }

  async catchUp(): Promise<void> {
    await this.#tracker?.catchUp();
  }

  /** This node committed entries `first`..`last`. */
  committed(first: number, last: number): void {
    this.#lastEntryId = Math.max(this.#lastEntryId, last);
    this.#tracker?.committed(first, last);
  }

  #applyStored(stored: StoredRoom): void {
    if (!this.#room.ready) return;
    applyStored(this.#room.doc, stored, FROM_OTHER_NODE);
    this.#lastEntryId = Math.max(this.#lastEntryId, stored.lastEntryId);
  }
}
