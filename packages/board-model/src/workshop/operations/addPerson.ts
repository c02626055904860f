import * as Y from 'yjs';
import { isParticipantRole, type ParticipantRole, type PersonId } from '../../groups/participants.ts';
import { cryptoRandom, newNoteId, type RandomSource } from '../../ids.ts';
import { fail, ok, type Result } from '../../result.ts';
import { validatePersonName } from '../personName.ts';
import { peopleMap, readPeople, readSettings } from '../schema.ts';

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
 * or the workshop has MAX_PEOPLE_PER_WORKSHOP people.
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
