declare const personIdBrand: unique symbol;
/** A workshop participant's id: opaque, unique within one workshop. */
export type PersonId = string & { readonly [personIdBrand]: true };

// New ids are 12 characters (addPerson); the bound keeps what a token or presence may carry small.
const PERSON_ID_PATTERN = /^[0-9a-z]{1,32}$/;

/** Whether a value can be a person's id: the one rule for tokens, presence and the API. */
export function isPersonId(value: unknown): value is PersonId {
  return typeof value === 'string' && PERSON_ID_PATTERN.test(value);
}

/**
 * The roles the method names. Core staff work full time in the Ohjaamo or otherwise know the
 * whole of it; client representatives (a youth panel, youth developers) are equal members.
 */
export const PARTICIPANT_ROLES = [
  'core-staff',
  'other-staff',
  'network-partner',
  'client-representative',
  'supervisor',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export type Participant = { readonly id: PersonId; readonly name: string; readonly role: ParticipantRole };

export function isParticipantRole(value: unknown): value is ParticipantRole {
  return typeof value === 'string' && (PARTICIPANT_ROLES as readonly string[]).includes(value);
}

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
