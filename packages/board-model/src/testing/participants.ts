import type { Participant, ParticipantRole, PersonId } from '../groups/participants.ts';

export type RoleCounts = Partial<Record<ParticipantRole, number>>;

/** A workshop's participants with readable ids: `core-staff-1`, `client-representative-2`, ... */
export function workshop(counts: RoleCounts): Participant[] {
  return (Object.entries(counts) as [ParticipantRole, number][]).flatMap(([role, count]) =>
    Array.from({ length: count }, (_, i) => person(`${role}-${i + 1}`, role)),
  );
}

export function person(id: string, role: ParticipantRole): Participant {
  return { id: id as PersonId, name: id, role };
}

/** The number of members of each role in one group. */
export function rolesIn(members: readonly PersonId[], people: readonly Participant[]): Record<ParticipantRole, number> {
  const counts = { 'core-staff': 0, 'other-staff': 0, 'network-partner': 0, 'client-representative': 0, supervisor: 0 };
  for (const id of members) {
    const role = people.find((candidate) => candidate.id === id)?.role;
    if (role) counts[role]++;
  }
  return counts;
}
