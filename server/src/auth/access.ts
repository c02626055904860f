import { groupOfPerson, groupsMap, type PersonId, peopleMap } from '@avaa/board-model';
import type { RoomRef } from '@avaa/protocol';
import * as Y from 'yjs';
import type { Capability } from './tokens.ts';

/**
 * Who may change which room, decided from the live workshop document on every write, so that
 * moving or removing a person changes their rights at once, without a reconnect:
 *
 *   workshop room  the facilitator (people join through the server's join API)
 *   plenary        the facilitator and participants
 *   group board n  the facilitator, and participants whose token names a person in group n
 *
 * Viewers never write; a removed person writes nowhere. Everyone else holding a valid token of
 * the workshop reads.
 */
export function mayWrite(ref: RoomRef, capability: Capability, workshopDoc: Y.Doc): boolean {
  if (capability.role === 'viewer' || isRemovedPerson(workshopDoc, capability.personId)) return false;
  if (capability.role === 'facilitator') return true;
  if (ref.kind === 'workshop') return false;
  if (ref.board.kind === 'plenary') return true;
  return capability.personId !== undefined && groupOfPerson(workshopDoc, capability.personId) === ref.board.group;
}

/** A person the facilitator removed: their token is refused on connect (4403) and by the API. */
export function isRemovedPerson(workshopDoc: Y.Doc, personId: PersonId | undefined): boolean {
  if (personId === undefined) return false;
  const person = peopleMap(workshopDoc).get(personId);
  // A facilitator's client may write anything into the document: read defensively.
  return person instanceof Y.Map && person.get('removed') === true;
}

/**
 * Whether group n was ever formed (live or removed since): its board may be opened. A removed
 * group's board stays readable so its notes can still be presented or brought back.
 */
export function groupExists(workshopDoc: Y.Doc, group: number): boolean {
  return groupsMap(workshopDoc).get(String(group)) instanceof Y.Map;
}

/** When group n's entry was created: the group board's seed uses it, so every seed is identical. */
export function groupCreatedAt(workshopDoc: Y.Doc, group: number): number {
  const entry = groupsMap(workshopDoc).get(String(group));
  const createdAt = entry instanceof Y.Map ? entry.get('createdAt') : undefined;
  return typeof createdAt === 'number' && Number.isFinite(createdAt) ? createdAt : 0;
}
