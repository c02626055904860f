import {
  assignContacts,
  type ContactPersons,
  movePerson,
  type PersonId,
  type Result,
  readGroups,
  readPeople,
  setContact,
} from '@avaa/board-model';
import type * as Y from 'yjs';

/** The contact persons the workshop document names now, for `checkGroups` and `assignContacts`. */
export function namedContacts(people: readonly { id: PersonId; contact: PersonId | null }[]): ContactPersons {
  return new Map(people.flatMap((person) => (person.contact ? [[person.id, person.contact] as const] : [])));
}

/**
 * Moves a person to another group by hand and keeps every client representative's contact
 * person valid: pairs that still work are kept (the youth already know them), the others get
 * the least busy staff member of the group. One transaction, so others see one change.
 */
export function movePersonKeepingContacts(doc: Y.Doc, id: PersonId, group: number | null): Result {
  let result: Result = { ok: true, value: undefined };
  doc.transact(() => {
    result = movePerson(doc, id, group);
    if (!result.ok) return;
    const people = readPeople(doc);
    const groups = readGroups(doc);
    const before = namedContacts(people);
    const after = assignContacts(people, groups, before);
    for (const person of people) {
      if (person.role !== 'client-representative') continue;
      const contact = after.get(person.id) ?? null;
      if (contact !== person.contact) setContact(doc, person.id, contact);
    }
  });
  return result;
}
