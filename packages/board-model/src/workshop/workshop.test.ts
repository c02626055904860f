import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { formGroups } from '../groups/formGroups.ts';
import type { ParticipantRole, PersonId } from '../groups/participants.ts';
import { exchange } from '../testing/board.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { addPerson } from './operations/addPerson.ts';
import { applyGrouping } from './operations/applyGrouping.ts';
import { movePerson, nextGroupNumber } from './operations/movePerson.ts';
import { removePerson } from './operations/removePerson.ts';
import { renamePerson, setPersonRole } from './operations/renamePerson.ts';
import { setContact } from './operations/setContact.ts';
import { setJoiningOpen, setPresenting } from './operations/settings.ts';
import { groupOfPerson, readGroups, readPeople, readPerson, readSettings, readWorkshopMeta } from './schema.ts';
import { seedWorkshop } from './seedWorkshop.ts';

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  return doc;
}

let clock = 0;
function join(doc: Y.Doc, name: string, role: ParticipantRole, seed = clock): PersonId {
  clock++;
  const result = addPerson(doc, { name, role }, { random: seededRandom(seed + 1000), now: () => clock });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('people', () => {
  it('joins, renames, changes role and removes', () => {
    const doc = workshop();
    expect(readWorkshopMeta(doc)).toMatchObject({ title: 'Kehittämispäivä', language: 'fi' });
    const anna = join(doc, '  Anna  ', 'core-staff');
    const pekka = join(doc, 'Pekka', 'network-partner');
    expect(readPeople(doc).map((p) => p.name)).toEqual(['Anna', 'Pekka']);
    expect(renamePerson(doc, anna, 'Anna K.').ok).toBe(true);
    expect(setPersonRole(doc, pekka, 'other-staff').ok).toBe(true);
    expect(readPerson(doc, pekka)?.role).toBe('other-staff');
    expect(removePerson(doc, pekka).ok).toBe(true);
    expect(readPeople(doc).map((p) => p.name)).toEqual(['Anna K.']);
    // The entry stays (the server refuses the token) but keeps no name (issue 14).
    expect(readPerson(doc, pekka)).toMatchObject({ removed: true, name: '' });
    expect(renamePerson(doc, pekka, 'X')).toEqual({ ok: false, error: 'unknown-person' });
  });

  it.each([
    ['', 'empty-name'],
    // Characters that show nothing: a person nobody could see in the list of who is here.
    ['\u3164\u2800', 'empty-name'],
    ['\u200b\u200d\ufeff', 'empty-name'],
    ['\u00ad\u2060', 'empty-name'],
    ['x'.repeat(61), 'name-too-long'],
    ['Bell\u0007', 'control-character'],
  ])('refuses the name %j with %s', (name, error) => {
    expect(addPerson(workshop(), { name, role: 'core-staff' })).toEqual({ ok: false, error });
  });

  it('refuses unknown roles and joins after joining closed', () => {
    const doc = workshop();
    // @ts-expect-error: a role from a foreign caller
    expect(addPerson(doc, { name: 'X', role: 'boss' })).toEqual({ ok: false, error: 'unknown-role' });
    setJoiningOpen(doc, false);
    expect(readSettings(doc).joiningOpen).toBe(false);
    expect(addPerson(doc, { name: 'Late', role: 'network-partner' })).toEqual({ ok: false, error: 'joining-closed' });
    setJoiningOpen(doc, true);
    expect(addPerson(doc, { name: 'Late', role: 'network-partner' }).ok).toBe(true);
  });
});

describe('groups', () => {
  function population(doc: Y.Doc, count: number): PersonId[] {
    const roles: ParticipantRole[] = ['core-staff', 'other-staff', 'network-partner', 'client-representative'];
    return Array.from({ length: count }, (_, i) => join(doc, `Person ${i}`, roles[i % roles.length]!));
  }

  it('applies a formed grouping with contacts', () => {
    const doc = workshop();
    population(doc, 12);
    const grouping = formGroups(readPeople(doc), { size: 4 }, seededRandom(1));
    expect(applyGrouping(doc, grouping).ok).toBe(true);
    const groups = readGroups(doc);
    expect(groups.map((g) => g.number)).toEqual([1, 2, 3]);
    expect(groups.flatMap((g) => g.members).sort()).toEqual(
      readPeople(doc)
        .map((p) => p.id)
        .sort(),
    );
    for (const [representative, contact] of grouping.contacts) {
      expect(readPerson(doc, representative)?.contact).toBe(contact);
      expect(groupOfPerson(doc, contact)).toBe(groupOfPerson(doc, representative));
    }
  });

  it('moves people by hand, opens the next group and removes groups past a smaller grouping', () => {
    const doc = workshop();
    const [a, b, c] = population(doc, 3);
    applyGrouping(doc, { groups: [{ members: [a!, b!] }, { members: [c!] }], contacts: new Map() });
    expect(nextGroupNumber(doc)).toBe(3);
    expect(movePerson(doc, a!, 3).ok).toBe(true);
    expect(groupOfPerson(doc, a!)).toBe(3);
    expect(movePerson(doc, a!, 7)).toEqual({ ok: false, error: 'unknown-group' });
    applyGrouping(doc, { groups: [{ members: [a!, b!, c!] }], contacts: new Map() });
    expect(readGroups(doc).map((g) => g.number)).toEqual([1]);
    expect(movePerson(doc, c!, null).ok).toBe(true);
    expect(groupOfPerson(doc, c!)).toBeNull();
  });

  it('keeps a person in exactly one group when two facilitators move them at once', () => {
    const one = workshop();
    const [a, b] = population(one, 2);
    applyGrouping(one, { groups: [{ members: [a!] }, { members: [b!] }], contacts: new Map() });
    const two = new Y.Doc();
    exchange(one, two);
    movePerson(one, a!, 2);
    movePerson(two, a!, null);
    exchange(one, two);
    expect(groupOfPerson(one, a!)).toBe(groupOfPerson(two, a!));
    const memberships = readGroups(one).filter((g) => g.members.includes(a!));
    expect(memberships.length).toBeLessThanOrEqual(1);
  });

  it('removing a person takes them out of their group and clears them as a contact', () => {
    const doc = workshop();
    const staff = join(doc, 'Staff', 'core-staff');
    const youth = join(doc, 'Youth', 'client-representative');
    applyGrouping(doc, { groups: [{ members: [staff, youth] }], contacts: new Map([[youth, staff]]) });
    removePerson(doc, staff);
    expect(groupOfPerson(doc, staff)).toBeNull();
    expect(readPerson(doc, youth)?.contact).toBeNull();
  });

  it('names contacts for client representatives only, from the staff', () => {
    const doc = workshop();
    const staff = join(doc, 'Staff', 'other-staff');
    const partner = join(doc, 'Partner', 'network-partner');
    const youth = join(doc, 'Youth', 'client-representative');
    expect(setContact(doc, youth, staff).ok).toBe(true);
    expect(setContact(doc, youth, partner)).toEqual({ ok: false, error: 'contact-not-staff' });
    expect(setContact(doc, staff, youth)).toEqual({ ok: false, error: 'not-a-client-representative' });
  });

  it('presents live groups only', () => {
    const doc = workshop();
    const [a] = population(doc, 1);
    expect(setPresenting(doc, 1)).toEqual({ ok: false, error: 'unknown-group' });
    applyGrouping(doc, { groups: [{ members: [a!] }], contacts: new Map() });
    expect(setPresenting(doc, 1).ok).toBe(true);
    expect(readSettings(doc).presenting).toBe(1);
    applyGrouping(doc, { groups: [], contacts: new Map() });
    expect(readSettings(doc).presenting).toBeNull();
  });
});
