import { eraseDeletedNotes, readAllNotes } from '@avaa/board-model';
import { parseRoomName } from '@avaa/protocol';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Logger } from '../log.ts';

type UnloadingRoom = {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly peers: ReadonlySet<unknown>;
};

type ErasureOptions = {
  readonly logger: Logger;
  /** How long a deleted note keeps its text (the facilitator's "Recently deleted" restores it). */
  readonly deletedNoteGraceMs: number;
};

/**
 * Empties the text of notes deleted longer than the grace period ago on a board (a change of the
 * server's own, stored like any other) when no one holds it open: no peer on this node and no
 * presence from another node's clients. Only then has every Undo stack that could want the text
 * back gone. Deletes of older clients, without a date, are dated now and kept.
 *
 * Whether the stored log may still hold erased text, so the unload compacts and purges: when
 * this erased something, or the board has an erased note at all (the facilitator's "Erase now"
 * empties them while the board is open; its old log rows go at this unload's compaction).
 */
export function eraseWhenUnwatched(room: UnloadingRoom, options: ErasureOptions): boolean {
  if (room.peers.size > 0 || room.awareness.getStates().size > 0) return false;
  if (parseRoomName(room.name)?.kind !== 'board') return false;
  const notes = eraseDeletedNotes(room.doc, { now: Date.now(), graceMs: options.deletedNoteGraceMs });
  // Counts only: logs never hold note text.
  if (notes > 0) options.logger('info', 'room-erased-deleted-notes', { room: room.name, notes });
  return notes > 0 || holdsErasedNote(room.doc);
}

function holdsErasedNote(doc: Y.Doc): boolean {
  return readAllNotes(doc).some((note) => note.deleted && note.text === '');
}
