import type { RoomRef } from '@avaa/protocol';
import type { Capability } from './tokens.ts';

type PrivateRoom = Extract<RoomRef, { kind: 'private' }>;

/**
 * A person's private room (their unrevealed notes for one board) opens, to read or to write, only
 * for a token naming that very person. Not for the facilitator either: private writing is for
 * thinking alone before the group sees anything, and a facilitator reading along would make it
 * one more audience (they see the counts, like everyone). Not for the projector, nor for a role
 * link without a person. The text reaches others only through the reveal (private/reveal.ts).
 */
export function mayOpenPrivateRoom(ref: PrivateRoom, capability: Capability): boolean {
  return capability.role !== 'viewer' && capability.personId !== undefined && capability.personId === ref.personId;
}
