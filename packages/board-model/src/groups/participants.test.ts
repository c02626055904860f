import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addPerson } from '../workshop/operations/addPerson.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { isPersonId } from './participants.ts';

describe('isPersonId: the one rule for person ids in tokens, presence and the API', () => {
  it('accepts the ids addPerson makes', () => {
    const doc = new Y.Doc();
    seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
    const added = addPerson(doc, { name: 'Aino', role: 'core-staff' });
    if (!added.ok) throw new Error(added.error);
    expect(isPersonId(added.value)).toBe(true);
  });

  it('refuses what no server signs: empty, too long, other characters, not a string', () => {
    expect(['', 'a'.repeat(33), 'Aino', 'ab-cd', 'x y', 12, null, undefined].map(isPersonId)).toEqual(
      new Array(8).fill(false),
    );
    expect(isPersonId('a'.repeat(32))).toBe(true);
  });
});
