import {
  addPerson,
  applyGrouping,
  type ParticipantRole,
  type PersonId,
  readPerson,
  seedWorkshop,
} from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { movePersonKeepingContacts } from './regroup.ts';

function workshop() {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Testi', language: 'fi', createdAt: 1 });
  const join = (name: string, role: ParticipantRole) => {
    const added = addPerson(doc, { name, role });
    if (!added.ok) throw new Error(added.error);
    return added.value;
  };
  return { doc, join };
}

describe('moving a person by hand', () => {
  it('gives a client representative a contact in their new group, in one transaction', () => {
    const { doc, join } = workshop();
    const anna = join('Anna', 'core-staff');
    const pekka = join('Pekka', 'core-staff');
    const emma = join('Emma', 'client-representative');
    applyGrouping(doc, {
      groups: [{ members: [anna, emma] }, { members: [pekka] }],
      contacts: new Map([[emma, anna]]),
    });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(movePersonKeepingContacts(doc, emma, 2).ok).toBe(true);
    expect(transactions).toBe(1);
    expect(readPerson(doc, emma)).toMatchObject({ group: 2, contact: pekka });
  });

  it('keeps a contact pair that still works and clears one that cannot', () => {
    const { doc, join } = workshop();
    const anna = join('Anna', 'core-staff');
    const sari = join('Sari', 'other-staff');
    const emma = join('Emma', 'client-representative');
    const jussi = join('Jussi', 'network-partner');
    applyGrouping(doc, {
      groups: [{ members: [anna, sari, emma] }, { members: [jussi] }],
      contacts: new Map([[emma, sari]]),
    });
    movePersonKeepingContacts(doc, anna, 2);
    expect(readPerson(doc, emma)?.contact).toBe(sari);
    movePersonKeepingContacts(doc, emma, 2);
    expect(readPerson(doc, emma)?.contact).toBe(anna);
    movePersonKeepingContacts(doc, anna, null);
    expect(readPerson(doc, emma)?.contact).toBeNull();
  });

  it('refuses an unknown group and changes nothing', () => {
    const { doc, join } = workshop();
    const anna = join('Anna', 'core-staff');
    expect(movePersonKeepingContacts(doc, anna, 7)).toEqual({ ok: false, error: 'unknown-group' });
    expect(readPerson(doc, anna as PersonId)?.group).toBeNull();
  });
});
