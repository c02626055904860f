import type { ContactPersons, GroupMembers } from './contacts.ts';
import { MAX_GROUP_SIZE, MIN_GROUP_SIZE } from './groupSizes.ts';
import { canBeContact, type Participant, type PersonId } from './participants.ts';
import type { GroupingProblem } from './problems.ts';

type Lookup = {
  readonly byId: ReadonlyMap<PersonId, Participant>;
  /** Each person's first group; a person in none is absent. */
  readonly groupOf: ReadonlyMap<PersonId, number>;
  /** The known participants of each group, each once. */
  readonly members: readonly (readonly Participant[])[];
};

/**
 * Checks a grouping against the method's rules: everyone in exactly one group, groups of 3-5, core
 * staff in each group, client representatives spread, and each of them with a contact person
 * among the staff of their own group. Works on hand-made groupings too (a facilitator moved
 * people). With `contacts` the named contacts are checked; without, it is enough that a group
 * has staff who could be named. Returns no problems when every rule holds.
 */
export function checkGroups(
  people: readonly Participant[],
  groups: readonly GroupMembers[],
  contacts?: ContactPersons,
): GroupingProblem[] {
  const problems: GroupingProblem[] = [];
  const lookup = membership(people, groups, problems);
  lookup.members.forEach((members, group) => {
    if (members.length < MIN_GROUP_SIZE) {
      problems.push({ reason: 'group-too-small', group, size: members.length, min: MIN_GROUP_SIZE });
    }
    if (members.length > MAX_GROUP_SIZE) {
      problems.push({ reason: 'group-too-large', group, size: members.length, max: MAX_GROUP_SIZE });
    }
  });
  problems.push(...coreStaffProblems(lookup));
  problems.push(...spreadProblems(lookup));
  problems.push(...contactProblems(lookup, contacts));
  return problems;
}

function membership(
  people: readonly Participant[],
  groups: readonly GroupMembers[],
  problems: GroupingProblem[],
): Lookup {
  const byId = new Map(people.map((person) => [person.id, person]));
  const groupsOf = new Map<PersonId, number[]>();
  const members = groups.map((entry, group) =>
    [...new Set(entry.members)].flatMap((id) => {
      const person = byId.get(id);
      if (!person) {
        problems.push({ reason: 'unknown-person', person: id, group });
        return [];
      }
      groupsOf.set(id, [...(groupsOf.get(id) ?? []), group]);
      return [person];
    }),
  );
  for (const person of byId.values()) {
    const found = groupsOf.get(person.id) ?? [];
    if (found.length === 0) problems.push({ reason: 'person-not-in-group', person: person.id });
    if (found.length > 1) problems.push({ reason: 'person-in-several-groups', person: person.id, groups: found });
  }
  const groupOf = new Map([...groupsOf].map(([id, found]) => [id, found[0]!]));
  return { byId, groupOf, members };
}

function coreStaffProblems({ byId, members }: Lookup): GroupingProblem[] {
  const problems: GroupingProblem[] = [];
  const coreStaff = [...byId.values()].filter((person) => person.role === 'core-staff').length;
  if (coreStaff < members.length) problems.push({ reason: 'too-few-core-staff', groups: members.length, coreStaff });
  members.forEach((group, index) => {
    if (!group.some((person) => person.role === 'core-staff')) problems.push({ reason: 'no-core-staff', group: index });
  });
  return problems;
}

/** Counts may differ by one at most: "not two in one group while another group has none". */
function spreadProblems({ members }: Lookup): GroupingProblem[] {
  const counts = members.map((group) => group.filter((person) => person.role === 'client-representative').length);
  const fewest = Math.min(...counts);
  return counts.flatMap((clientRepresentatives, group) =>
    clientRepresentatives > fewest + 1
      ? [{ reason: 'client-representatives-uneven' as const, group, clientRepresentatives, fewest }]
      : [],
  );
}

function contactProblems({ byId, groupOf, members }: Lookup, contacts: ContactPersons | undefined): GroupingProblem[] {
  const problems: GroupingProblem[] = [];
  for (const person of byId.values()) {
    const group = groupOf.get(person.id);
    if (person.role !== 'client-representative' || group === undefined) continue;
    if (!contacts) {
      const hasStaff = members[group]!.some((member) => canBeContact(member.role));
      if (!hasStaff) problems.push({ reason: 'no-contact-person', person: person.id, group });
      continue;
    }
    const contact = contacts.get(person.id);
    const contactRole = contact === undefined ? undefined : byId.get(contact)?.role;
    if (contact === undefined) problems.push({ reason: 'no-contact-person', person: person.id, group });
    else if (!contactRole || !canBeContact(contactRole)) {
      problems.push({ reason: 'contact-not-staff', person: person.id, contact });
    } else if (groupOf.get(contact) !== group) {
      problems.push({ reason: 'contact-not-in-group', person: person.id, contact, group });
    }
  }
  return problems;
}
