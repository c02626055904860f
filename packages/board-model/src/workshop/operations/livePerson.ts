import * as Y from 'yjs';
import type { PersonId } from '../../groups/participants.ts';
import { fail, type OperationError } from '../../result.ts';
import { peopleMap } from '../schema.ts';

/** The person's map if they are in the workshop (not removed); otherwise why not. */
export function livePerson(doc: Y.Doc, id: PersonId): Y.Map<unknown> | { ok: false; error: OperationError } {
  const person = peopleMap(doc).get(id);
  if (!(person instanceof Y.Map) || person.get('removed') === true) return fail('unknown-person');
  return person;
}
