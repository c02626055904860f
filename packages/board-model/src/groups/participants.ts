import type { ParticipantRole, PersonId } from '@avaa/protocol';

// Defined in @avaa/protocol (they travel in tokens and HTTP bodies too); re-exported for the domain.
export {
  isParticipantRole,
  isPersonId,
  PARTICIPANT_ROLES,
  type ParticipantRole,
  type PersonId,
} from '@avaa/protocol';

export type Participant = { readonly id: PersonId; readonly name: string; readonly role: ParticipantRole };

/**
 * Who may be a client representative's named contact person, most preferred first. Ohjaamo
 * staff only: a network partner works for another organisation and is not "in their team".
 * Supervisors are staff, but last, since they often join for part of the day.
 */
export const CONTACT_ROLES = ['core-staff', 'other-staff', 'supervisor'] as const satisfies readonly ParticipantRole[];

/** The rank of a role as a contact person (0 is best), or undefined when it cannot be one. */
export function contactRank(role: ParticipantRole): number | undefined {
  const rank = (CONTACT_ROLES as readonly ParticipantRole[]).indexOf(role);
  return rank < 0 ? undefined : rank;
}

export function canBeContact(role: ParticipantRole): boolean {
  return contactRank(role) !== undefined;
}
