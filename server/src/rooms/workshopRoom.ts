import { workshopRoomName } from '@avaa/protocol';
import { workshopSeed } from '../seeds.ts';
import type { WorkshopRecord } from '../storage/types.ts';
import type { Peer, Room } from './room.ts';
import type { RoomManager } from './roomManager.ts';

/** The workshop room, kept loaded by whoever holds it; `release` lets it unload again. */
export type HeldRoom = { readonly room: Room; release(): void };

/**
 * Holds a workshop's room (`<id>/workshop`) loaded: every connection to one of its boards holds
 * it, so each write can be checked against the live workshop document in process, and the join
 * and boards APIs hold it while they use it. The holder is a silent member of the room: it gets
 * no messages, and `onClose` hears when the room fails (storage), so a board connection whose
 * rights can no longer be checked is closed too (1011: it reconnects to a reloaded room).
 * Workshops created before the workshop room existed get it seeded here.
 */
export async function holdWorkshopRoom(
  rooms: RoomManager,
  workshop: WorkshopRecord,
  onClose: (code: number, reason: string) => void = () => {},
): Promise<HeldRoom> {
  const hold: Peer = { send: () => {}, close: onClose, awarenessIds: new Set() };
  const room = await rooms.join(workshopRoomName(workshop.id), hold, () => workshopSeed(workshop));
  let released = false;
  return {
    room,
    release: () => {
      if (released) return;
      released = true;
      rooms.leave(room, hold);
    },
  };
}

/** Runs `use` with the workshop room loaded, then lets it go. */
export async function withWorkshopRoom<T>(
  rooms: RoomManager,
  workshop: WorkshopRecord,
  use: (room: Room) => T | Promise<T>,
): Promise<T> {
  const held = await holdWorkshopRoom(rooms, workshop);
  try {
    return await use(held.room);
  } finally {
    held.release();
  }
}
