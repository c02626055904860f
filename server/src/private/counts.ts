import { publishPrivateCount, unrevealedNotes } from '@avaa/board-model';
import type { RoomRef } from '@avaa/protocol';
import type { Room } from '../rooms/room.ts';

type PrivateRef = Extract<RoomRef, { kind: 'private' }>;

/**
 * Keeps the workshop document's count of a person's unrevealed notes on one board (board-model
 * `privateWriting/counts.ts`) up to date while their private room has a connection: counted after
 * each change (once per event-loop turn), published only when it changed. The count is all that
 * leaves the private room; the reveal publishes it too (private/reveal.ts).
 */
export function countPrivateNotes(ref: PrivateRef, privateRoom: Room, workshopRoom: Room): () => void {
  let queued = false;
  const publish = () => {
    queued = false;
    if (!privateRoom.ready || !workshopRoom.ready) return;
    const count = unrevealedNotes(privateRoom.doc).length;
    workshopRoom.doc.transact(() => publishPrivateCount(workshopRoom.doc, ref.board, ref.personId, count));
  };
  const onUpdate = () => {
    if (queued) return;
    queued = true;
    setImmediate(publish);
  };
  privateRoom.doc.on('update', onUpdate);
  onUpdate();
  return () => privateRoom.doc.off('update', onUpdate);
}
