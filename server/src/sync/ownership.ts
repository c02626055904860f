import type { Registration } from '../rooms/clientRegistry.ts';
import type { Peer, Room } from '../rooms/room.ts';

/** Presence ids one connection may leave its mark on: a stock client sets one, the web app one. */
const MAX_CLAIMS_PER_PEER = 16;

/**
 * Who first showed presence under each client id in this room since it loaded, kept after they
 * left: an id that never wrote is still theirs while they are briefly away. Only a hint for ids
 * the registry does not know (rooms/clientRegistry.ts), which is what counts once an id wrote.
 */
const claims = new WeakMap<Room, Map<number, string>>();
const claimsMade = new WeakMap<Peer, number>();

/** Whose a client id is: the registry's owner, or (`presence`) who first showed presence under it. */
export type Ownership = Registration & { readonly presence?: boolean };

/**
 * The owner of a client id: the registry's, else whoever first showed presence under it here.
 * Presence alone never takes an id from the owner the registry names.
 */
export function ownerOf(room: Room, client: number): Ownership | undefined {
  const registered = room.clients.ownerOf(client);
  if (registered) return registered;
  const claimant = claims.get(room)?.get(client);
  return claimant === undefined ? undefined : { owner: claimant, provisional: false, presence: true };
}

/**
 * Whether a client id belongs to an owner other than `self`'s. The same owner (one person's
 * devices, one role link) may use all of its ids. Silent members (no identity) own nothing.
 */
export function ownedByAnother(room: Room, self: Peer, client: number): boolean {
  const found = ownerOf(room, client);
  return found !== undefined && !found.provisional && found.owner !== self.identity;
}

/** `self` showed presence under these ids (the frame guard left out others' ids already). */
export function claimPresence(room: Room, self: Peer, entries: readonly { readonly id: number }[]): void {
  if (self.identity === undefined) return;
  const roomClaims = claims.get(room) ?? new Map<number, string>();
  claims.set(room, roomClaims);
  let made = claimsMade.get(self) ?? 0;
  for (const { id: client } of entries) {
    if (made >= MAX_CLAIMS_PER_PEER) break;
    if (ownerOf(room, client) !== undefined) continue;
    roomClaims.set(client, self.identity);
    made += 1;
  }
  claimsMade.set(self, made);
}
