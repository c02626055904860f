import * as Y from 'yjs';
import { isParticipantRole, type ParticipantRole, type PersonId } from '../../groups/participants.ts';
import { cryptoRandom, newNoteId, type RandomSource } from '../../ids.ts';
import { fail, ok, type Result } from '../../result.ts';
import { validatePersonName } from '../personName.ts';
import { peopleMap, readSettings } from '../schema.ts';

export type NewPerson = { readonly name: string; readonly role: ParticipantRole };

/**
 * Adds a person who joined. The server calls it when someone joins by link, code or QR code
 * (participants cannot write the workshop document themselves); refused once joining is closed.
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
