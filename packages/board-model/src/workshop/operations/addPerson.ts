import * as Y from 'yjs';
import { isParticipantRole, type ParticipantRole, type PersonId } from '../../groups/participants.ts';
import { cryptoRandom, newNoteId, type RandomSource } from '../../ids.ts';
import { fail, ok, type Result } from '../../result.ts';
import { validatePersonName } from '../personName.ts';
import { peopleMap, readPeople, readSettings } from '../schema.ts';

/** A live person listed in advance under this name (case and spacing aside) and role, if any. */
function listedPerson(doc: Y.Doc, name: string, role: ParticipantRole) {
  const wanted = name.toLocaleLowerCase('fi');
  const match = readPeople(doc).find(
    (person) => person.listed && person.role === role && person.name.toLocaleLowerCase('fi') === wanted,
  );
  const entry = match && peopleMap(doc).get(match.id);
  return match && entry instanceof Y.Map ? { id: match.id, entry } : undefined;
}

export type NewPerson = { readonly name: string; readonly role: ParticipantRole };

/**
 * People in one workshop (removed people do not count). Well above a real workshop (a whole
 * Ohjaamo and its partners), and low enough that a leaked participant link flooded with joins
 * leaves a workshop document the facilitator can still work with (close joining, remove people).
 */
export const MAX_PEOPLE_PER_WORKSHOP = 300;

/**
 * Adds a person who joined. The server calls it when someone joins by link, code or QR code
 * (participants cannot write the workshop document themselves); refused once joining is closed
 * or the workshop has MAX_PEOPLE_PER_WORKSHOP people. Someone listed in advance under the same
 * name and role (`startFrom`) is that person: the first to join so takes the entry.
 */
export function addPerson(
  doc: Y.Doc,
  person: NewPerson,
  options: { random?: RandomSource; now?: () => number } = {},
): Result<PersonId> {
  const name = validatePersonName(person.name);
  if (!name.ok) return name;
  if (!isParticipantRole(person.role)) return fail('unknown-role');
  if (!readSettings(doc).joiningOpen) return fail('joining-closed');
  const listed = listedPerson(doc, name.value, person.role);
  if (listed) {
    // Joining under a name and role listed in advance: this is that person, groups and all.
    doc.transact(() => {
      listed.entry.delete('listed');
      listed.entry.set('joinedAt', (options.now ?? Date.now)());
    });
    return ok(listed.id);
  }
  if (readPeople(doc).length >= MAX_PEOPLE_PER_WORKSHOP) return fail('too-many-people');
  // Same alphabet and length as note ids: random, unique per workshop.
  const id = newNoteId(options.random ?? cryptoRandom) as string as PersonId;
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('name', name.value);
    entry.set('role', person.role);
    entry.set('joinedAt', (options.now ?? Date.now)());
    entry.set('removed', false);
    entry.set('group', null);
    entry.set('contact', null);
    peopleMap(doc).set(id, entry);
  });
  return ok(id);
}
