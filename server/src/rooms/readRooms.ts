import type * as Y from 'yjs';
import type { Peer } from './room.ts';
import type { RoomManager } from './roomManager.ts';

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
