import * as Y from 'yjs';
import { canBeContact, isParticipantRole, type PersonId } from '../../groups/participants.ts';
import { fail, ok, type Result } from '../../result.ts';
import { livePerson } from './livePerson.ts';

/** Names a client representative's contact person (staff, checked by `checkGroups` for group). */
export function setContact(doc: Y.Doc, representative: PersonId, contact: PersonId | null): Result {
  const person = livePerson(doc, representative);
  if (!(person instanceof Y.Map)) return person;
  if (person.get('role') !== 'client-representative') return fail('not-a-client-representative');
  if (contact !== null) {
    const staff = livePerson(doc, contact);
    if (!(staff instanceof Y.Map)) return staff;
    const role = staff.get('role');
    if (!isParticipantRole(role) || !canBeContact(role)) return fail('contact-not-staff');
  }
  if (person.get('contact') !== contact) person.set('contact', contact);
  return ok();
}
