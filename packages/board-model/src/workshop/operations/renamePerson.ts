import * as Y from 'yjs';
import { renameOwner } from '../../facilitation/agreementPeople.ts';
import type { ParticipantRole, PersonId } from '../../groups/participants.ts';
import { isParticipantRole } from '../../groups/participants.ts';
import { fail, ok, type Result } from '../../result.ts';
import { validatePersonName } from '../personName.ts';
import { livePerson } from './livePerson.ts';

/**
 * The facilitator corrects a display name; the agreement items the person owns are renamed with
 * them (in the same transaction), so every register, memo and export names them as they are now.
 */
export function renamePerson(doc: Y.Doc, id: PersonId, name: string): Result {
  const valid = validatePersonName(name);
  if (!valid.ok) return valid;
  const person = livePerson(doc, id);
  if (!(person instanceof Y.Map)) return person;
  if (person.get('name') === valid.value) return ok();
  doc.transact(() => {
    person.set('name', valid.value);
    renameOwner(doc, id, valid.value);
  });
  return ok();
}

/** The facilitator corrects a role (it matters for forming groups). */
export function setPersonRole(doc: Y.Doc, id: PersonId, role: ParticipantRole): Result {
  if (!isParticipantRole(role)) return fail('unknown-role');
  const person = livePerson(doc, id);
  if (!(person instanceof Y.Map)) return person;
  if (person.get('role') !== role) person.set('role', role);
  return ok();
}
