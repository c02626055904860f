import * as Y from 'yjs';
import type { Storage } from '../storage/types.ts';
import type { Peer } from './room.ts';
import type { RoomManager } from './roomManager.ts';
import { isEmpty } from './storedState.ts';

export type RoomToRead = { readonly name: string; readonly seed?: () => Uint8Array };

/**
 * Runs `use` with the documents of `rooms` loaded (from memory when a room is live, else from
 * storage), as a silent member that gets no messages, then lets them go: a room nobody else
 * holds unloads after the usual grace period, so an export keeps nothing loaded for long.
 * `use` must only read: the documents are the live ones.
 */
export async function withRoomDocs<T>(
  rooms: RoomManager,
  wanted: readonly RoomToRead[],
  use: (docs: readonly Y.Doc[]) => T | Promise<T>,
): Promise<T> {
  const reader: Peer = { send: () => {}, close: () => {}, awarenessIds: new Set() };
  const joined = wanted.map((room) => rooms.join(room.name, reader, room.seed));
  const settled = await Promise.allSettled(joined);
  try {
    const docs = settled.map((result) => {
      if (result.status === 'rejected') throw result.reason;
      return result.value.doc;
    });
    return await use(docs);
  } finally {
    for (const result of settled) if (result.status === 'fulfilled') rooms.leave(result.value, reader);
  }
}

/**
 * Each room's state as updates to apply in order, for work done elsewhere (an export job): a
 * live room's whole document (it may hold edits not yet committed), else what storage holds,
 * else the seed. A room that is not loaded is not loaded for this: applying a large board's
 * stored log into a document is itself a stall of the event loop (hundreds of milliseconds for
 * 2,000 notes on a busy machine).
 */
export async function roomStates(
  rooms: RoomManager,
  storage: Storage,
  wanted: readonly RoomToRead[],
): Promise<Uint8Array[][]> {
  const live = new Set(rooms.roomNames());
  const liveStates = await withRoomDocs(
    rooms,
    wanted.filter((room) => live.has(room.name)),
    (docs) => docs.map((doc) => Y.encodeStateAsUpdate(doc)),
  );
  let nextLive = 0;
  return Promise.all(
    wanted.map(async (room) => {
      if (live.has(room.name)) return [liveStates[nextLive++] as Uint8Array];
      const stored = await storage.loadRoom(room.name);
      if (isEmpty(stored)) return room.seed ? [room.seed()] : [];
      return stored.snapshot ? [stored.snapshot, ...stored.updates] : [...stored.updates];
    }),
  );
}
