import { contactRank, type Participant, type PersonId } from './participants.ts';

export type GroupMembers = { readonly members: readonly PersonId[] };

/** Client representative -> their named contact person. */
export type ContactPersons = ReadonlyMap<PersonId, PersonId>;

/**
 * Names a contact person for every client representative who has staff in their group. Contacts
 * from `previous` that are still staff in the same group are kept, so moving people around does
 * not reshuffle the pairs the youth already know. Otherwise the least-loaded staff member is
 * chosen, so each representative gets a person of their own where the group allows; among
 * equally loaded staff, core staff before other staff before supervisors, then by input order.
 * Representatives without staff in their group get no entry (`checkGroups` reports them).
 */
export function assignContacts(
  people: readonly Participant[],
  groups: readonly GroupMembers[],
  previous: ContactPersons = new Map(),
): Map<PersonId, PersonId> {
  const byId = new Map(people.map((person) => [person.id, person]));
  const contacts = new Map<PersonId, PersonId>();
  for (const group of groups) {
    const members = group.members.flatMap((id) => byId.get(id) ?? []);
    const staff = members.filter((person) => contactRank(person.role) !== undefined);
    const load = new Map(staff.map((person) => [person.id, 0]));
    const representatives = members.filter((person) => person.role === 'client-representative');
    const unassigned: Participant[] = [];
    for (const representative of representatives) {
      const kept = previous.get(representative.id);
      if (kept !== undefined && load.has(kept)) {
        contacts.set(representative.id, kept);
        load.set(kept, load.get(kept)! + 1);
      } else unassigned.push(representative);
    }
    for (const representative of unassigned) {
      const contact = leastLoaded(staff, load);
      if (!contact) continue;
      contacts.set(representative.id, contact.id);
      load.set(contact.id, load.get(contact.id)! + 1);
    }
  }
  return contacts;
}

function leastLoaded(staff: readonly Participant[], load: ReadonlyMap<PersonId, number>): Participant | undefined {
  let best: Participant | undefined;
  for (const person of staff) {
    if (!best) best = person;
    const difference = load.get(person.id)! - load.get(best.id)!;
    if (difference < 0 || (difference === 0 && contactRank(person.role)! < contactRank(best.role)!)) best = person;
  }
  return best;
}
