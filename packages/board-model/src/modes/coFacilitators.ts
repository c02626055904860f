import type { Role } from '@avaa/protocol';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { fail, ok, type Result } from '../result.ts';
import { peopleMap, readPerson } from '../workshop/schema.ts';

/**
 * The participants the facilitator made co-facilitators: the same rights as the facilitator, until
 * revoked. Only the server writes this root (through the facilitator's API, server
 * auth/serverOwned.ts), so nobody makes themselves one by writing the document; the server and
 * the UI read the effective role from it live.
 *
 *   workshop document  coFacilitators: Y.Map<PersonId, true>
 */
export const CO_FACILITATORS_ROOT = 'coFacilitators';

export function coFacilitatorsMap(workshopDoc: Y.Doc): Y.Map<unknown> {
  return workshopDoc.getMap(CO_FACILITATORS_ROOT);
}

/** A live (not removed) person the facilitator made a co-facilitator. */
export function isCoFacilitator(workshopDoc: Y.Doc, personId: PersonId | null | undefined): boolean {
  if (personId === null || personId === undefined) return false;
  if (coFacilitatorsMap(workshopDoc).get(personId) !== true) return false;
  const person = peopleMap(workshopDoc).get(personId);
  return person instanceof Y.Map && person.get('removed') !== true;
}

/** Grants or revokes; only a person of the workshop can be one. */
export function setCoFacilitator(workshopDoc: Y.Doc, personId: PersonId, granted: boolean): Result {
  const person = readPerson(workshopDoc, personId);
  if (!person || person.removed) return fail('unknown-person');
  const map = coFacilitatorsMap(workshopDoc);
  if (granted && map.get(personId) !== true) map.set(personId, true);
  if (!granted && map.has(personId)) map.delete(personId);
  return ok();
}

/**
 * The role rights are decided by: a participant's personal token is a facilitator's while the
 * person is a co-facilitator. The capability's role itself never changes (the facilitator alone
 * appoints, and a second facilitator link is minted only for the facilitator's own token).
 */
export function effectiveRole(role: Role, personId: PersonId | null | undefined, workshopDoc: Y.Doc): Role {
  return role === 'participant' && isCoFacilitator(workshopDoc, personId) ? 'facilitator' : role;
}
