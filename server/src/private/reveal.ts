import {
  markRevealed,
  type PrivateBoard,
  publishPrivateCount,
  readPeople,
  readPrivateWriting,
  revealPrivateNotes,
  unrevealedNotes,
} from '@avaa/board-model';
import { type BoardRef, privateRoomName, roomName } from '@avaa/protocol';
import { groupCreatedAt } from '../auth/access.ts';
import type { Peer, Room } from '../rooms/room.ts';
import type { RoomManager } from '../rooms/roomManager.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import { groupBoardSeed, plenarySeed } from '../seeds.ts';
import type { WorkshopRecord } from '../storage/types.ts';

/**
 * The facilitator's reveal of a board's private notes: every person's private room is loaded (from
 * storage for those offline), their unrevealed notes are merged onto the board (board-model
 * `revealPrivateNotes`: deterministic ids, so a second reveal or two at once add nothing twice),
 * and only once the board has stored them are they marked revealed in the private rooms and the
 * counts set. A restart between the two leaves them unmarked: the next reveal marks them and
 * adds nothing. Anonymous when the workshop's private-writing setting for the board says so.
 */
export async function revealBoard(rooms: RoomManager, workshop: WorkshopRecord, board: BoardRef) {
  return withWorkshopRoom(rooms, workshop, async (workshopRoom) => {
    const workshopDoc = workshopRoom.doc;
    const anonymous = readPrivateWriting(workshopDoc, board)?.anonymous ?? false;
    // A group's board gets its members' notes only: nobody writes a board through the reveal they may not write.
    const people = readPeople(workshopDoc)
      .filter((person) => board.kind === 'plenary' || person.group === board.group)
      .map((person) => person.id);
    const seed =
      board.kind === 'plenary'
        ? () => plenarySeed(workshop)
        : () => groupBoardSeed(workshop, board.group, groupCreatedAt(workshopDoc, board.group));
    const reader: Peer = { send: () => {}, close: () => {}, awarenessIds: new Set() };
    const joined: Room[] = [];
    const join = async (name: string, roomSeed?: () => Uint8Array) => {
      const room = await rooms.join(name, reader, roomSeed);
      joined.push(room);
      return room;
    };
    try {
      const boardRoom = await join(roomName(workshop.id, board), seed);
      // No seed: a person who never wrote privately gets no room stored for them.
      const privates: PrivateBoard[] = await Promise.all(
        people.map(async (person) => {
          const room = await join(privateRoomName(workshop.id, board, person));
          return { room: room.name, person, doc: room.doc };
        }),
      );
      const summary = revealPrivateNotes(boardRoom.doc, privates, { anonymous });
      await boardRoom.flushed();
      if (!boardRoom.ready) throw new Error('the board failed while revealing');
      workshopDoc.transact(() => {
        for (const { room, person, doc } of privates) {
          markRevealed(doc, summary.revealed.get(room) ?? []);
          publishPrivateCount(workshopDoc, board, person, unrevealedNotes(doc).length);
        }
      });
      await Promise.all(joined.map((room) => room.flushed()));
      return { added: summary.added };
    } finally {
      for (const room of joined) rooms.leave(room, reader);
    }
  });
}
