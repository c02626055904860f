import type { Peer, Room } from '../rooms/room.ts';

/** A peer that may also own Yjs client ids by writing under them (sync/connection.ts). */
type Owner = Peer & { readonly writtenIds?: ReadonlySet<number> };

/**
 * Another live peer of another identity owns this client id: it has presence under it, or it
 * wrote a change of its own under it (connection.ts). Presence and writes follow the same owner,
 * so nobody takes a writer's id over through presence either. The same identity (token) may
 * take its own ids over: a reconnecting client comes back before the server noticed its old
 * socket die. Silent members (no identity) own nothing.
 */
export function ownedByAnother(room: Room, self: Peer, id: number): boolean {
  for (const peer of room.peers as Set<Owner>) {
    if (peer === self || peer.identity === undefined || peer.identity === self.identity) continue;
    if (peer.awarenessIds.has(id) || peer.writtenIds?.has(id)) return true;
  }
  return false;
}
