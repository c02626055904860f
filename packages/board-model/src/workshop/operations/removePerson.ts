import * as Y from 'yjs';
import type { PersonId } from '../../groups/participants.ts';
import { ok, type Result } from '../../result.ts';
import { peopleMap } from '../schema.ts';
import { livePerson } from './livePerson.ts';

/**
 * The facilitator removes a person: out of their group (so the server stops accepting their
 * writes to its board) and no longer anyone's contact. The entry stays, marked removed, so the
 * server can refuse the person's token from then on; their name goes (nothing needs it any more,
 * and the document should not keep the names of people who were sent away).
 */
export function removePerson(doc: Y.Doc, id: PersonId): Result {
  const person = livePerson(doc, id);
  if (!(person instanceof Y.Map)) return person;
  doc.transact(() => {
    person.set('removed', true);
    person.set('name', '');
    person.set('group', null);
    person.set('contact', null);
    peopleMap(doc).forEach((other) => {
      if (other instanceof Y.Map && other.get('contact') === id) other.set('contact', null);
    });
  });
  return ok();
}
