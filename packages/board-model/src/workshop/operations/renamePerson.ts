import * as Y from 'yjs';
import type { ParticipantRole, PersonId } from '../../groups/participants.ts';
import { isParticipantRole } from '../../groups/participants.ts';
import { fail, ok, type Result } from '../../result.ts';
import { validatePersonName } from '../personName.ts';
import { livePerson } from './livePerson.ts';

/** The facilitator corrects a display name. */
export function renamePerson(doc: Y.Doc, id: PersonId, name: string): Result {
  const valid = validatePersonName(name);
  if (!valid.ok) return valid;
  const person = livePerson(doc, id);
  if (!(person instanceof Y.Map)) return person;
  if (person.get('name') !== valid.value) person.set('name', valid.value);
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
