import * as Y from 'yjs';
import { isGroupNumber, MAX_GROUPS } from '../../groupNumber.ts';
import type { PersonId } from '../../groups/participants.ts';
import { fail, ok, type Result } from '../../result.ts';
import { groupsMap } from '../schema.ts';
import { ensureGroup } from './groupEntry.ts';
import { livePerson } from './livePerson.ts';

/**
 * Moves a person to a group by hand (null: no group). Moving into the next unused number opens
 * a new group. Their write access follows at once: the server reads the group on every write.
 */
export function movePerson(
  doc: Y.Doc,
  id: PersonId,
  group: number | null,
  options: { now?: () => number } = {},
): Result {
  if (group !== null && !isGroupNumber(group)) return fail('unknown-group');
  const person = livePerson(doc, id);
  if (!(person instanceof Y.Map)) return person;
  if (group !== null && !groupIsLive(doc, group) && group !== nextGroupNumber(doc)) return fail('unknown-group');
  doc.transact(() => {
    if (group !== null) ensureGroup(doc, group, (options.now ?? Date.now)());
    if (person.get('group') !== group) person.set('group', group);
  });
  return ok();
}

function groupIsLive(doc: Y.Doc, number: number): boolean {
  const entry = groupsMap(doc).get(String(number));
  return entry instanceof Y.Map && entry.get('removed') !== true;
}

/** The number a new group gets: one past the highest live group. */
export function nextGroupNumber(doc: Y.Doc): number {
  let highest = 0;
  groupsMap(doc).forEach((entry, key) => {
    if (entry instanceof Y.Map && entry.get('removed') !== true) highest = Math.max(highest, Number(key));
  });
  return Math.min(highest + 1, MAX_GROUPS);
}
