import * as Y from 'yjs';
import { MAX_GROUPS } from '../../groupNumber.ts';
import type { ContactPersons, GroupMembers } from '../../groups/contacts.ts';
import { fail, ok, type Result } from '../../result.ts';
import { groupsMap, peopleMap } from '../schema.ts';
import { ensureGroup } from './groupEntry.ts';

/**
 * Puts a grouping (from `formGroups`, or one the facilitator confirmed) into the workshop in one
 * transaction: groups 1..n, every listed person in theirs, contacts named. People not listed
 * are left without a group; groups past n are removed (their boards stay stored, so a group
 * brought back finds its notes).
 */
export function applyGrouping(
  doc: Y.Doc,
  grouping: { readonly groups: readonly GroupMembers[]; readonly contacts: ContactPersons },
  options: { now?: () => number } = {},
): Result {
  if (grouping.groups.length > MAX_GROUPS) return fail('too-many-groups');
  const people = peopleMap(doc);
  for (const group of grouping.groups) {
    for (const id of group.members) {
      const person = people.get(id);
      if (!(person instanceof Y.Map) || person.get('removed') === true) return fail('unknown-person');
    }
  }
  const now = (options.now ?? Date.now)();
  doc.transact(() => {
    for (let number = 1; number <= grouping.groups.length; number++) ensureGroup(doc, number, now);
    groupsMap(doc).forEach((group, key) => {
      if (Number(key) > grouping.groups.length && group.get('removed') !== true) group.set('removed', true);
    });
    const groupOf = new Map(grouping.groups.flatMap((group, index) => group.members.map((id) => [id, index + 1])));
    people.forEach((person, id) => {
      if (!(person instanceof Y.Map) || person.get('removed') === true) return;
      const group = groupOf.get(id as never) ?? null;
      if (person.get('group') !== group) person.set('group', group);
      const contact = grouping.contacts.get(id as never) ?? null;
      if (person.get('contact') !== contact) person.set('contact', contact);
    });
  });
  return ok();
}
