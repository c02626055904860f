import { isParticipantRole, type ParticipantRole, type PersonId } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { readTokenClaims } from '@avaa/workshop-client';
import { readStored, writeStored } from '../state/storage.ts';

/** Who this device joined a workshop as: the person and the personal token the server gave. */
export type Membership = {
  readonly token: string;
  readonly person: { readonly id: PersonId; readonly name: string; readonly role: ParticipantRole };
};

const key = (workshopId: WorkshopId) => `avaa:person:${workshopId}`;

/**
 * Kept in localStorage, per workshop: a reload, a new tab or the QR code scanned again stay the
 * same person. It is a capability like the link's token; clearing site data forgets it.
 */
export function readMembership(workshopId: WorkshopId): Membership | null {
  try {
    const stored = JSON.parse(readStored('local', key(workshopId)) ?? 'null') as Partial<Membership> | null;
    const token = stored?.token;
    const person = stored?.person;
    if (typeof token !== 'string' || typeof person !== 'object' || person === null) return null;
    const claims = readTokenClaims(token);
    if (claims?.workshopId !== workshopId || typeof person.id !== 'string' || !isParticipantRole(person.role)) {
      return null;
    }
    return { token, person: { id: person.id, name: String(person.name ?? ''), role: person.role } };
  } catch {
    return null;
  }
}

export function storeMembership(workshopId: WorkshopId, membership: Membership): void {
  writeStored('local', key(workshopId), JSON.stringify(membership));
}

export function forgetMembership(workshopId: WorkshopId): void {
  writeStored('local', key(workshopId), null);
}
