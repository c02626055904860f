import { groupOfPerson } from '@avaa/board-model';
import type { RoomRef } from '@avaa/protocol';
import type * as Y from 'yjs';
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

/**
 * Writing there is for that person too, and on a group's board only while they are in the group:
 * the reveal brings the notes onto the board, so writing privately must not reach a board its
 * writer may not write (private/reveal.ts reveals a group's members only).
 */
export function mayWritePrivateRoom(ref: PrivateRoom, capability: Capability, workshopDoc: Y.Doc): boolean {
  if (!mayOpenPrivateRoom(ref, capability)) return false;
  return ref.board.kind === 'plenary' || groupOfPerson(workshopDoc, ref.personId) === ref.board.group;
}
