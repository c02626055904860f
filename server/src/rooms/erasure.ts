import { eraseDeletedNotes } from '@avaa/board-model';
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

/**
 * Empties deleted notes' text on a board (a change of the server's own, stored like any other)
 * when no one holds it open: no peer on this node and no presence from another node's clients.
 * Only then has every Undo stack that could want the text back gone. Whether anything changed.
 */
export function eraseWhenUnwatched(room: UnloadingRoom, logger: Logger): boolean {
  if (room.peers.size > 0 || room.awareness.getStates().size > 0) return false;
  if (parseRoomName(room.name)?.kind !== 'board') return false;
  const notes = eraseDeletedNotes(room.doc);
  // Counts only: logs never hold note text.
  if (notes > 0) logger('info', 'room-erased-deleted-notes', { room: room.name, notes });
  return notes > 0;
}
