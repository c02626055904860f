import {
  addPerson,
  applyGrouping,
  closeVote,
  createNote,
  movePerson,
  openVote,
  type PersonId,
  removePerson,
  seedBoard,
  seedWorkshop,
  setCommonTableOpenInGroupWork,
  setJoiningOpen,
  setStage,
  writeTally,
} from '@avaa/board-model';
import type { Role, RoomRef, WorkshopId } from '@avaa/protocol';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { checkWrite, groupCreatedAt, groupExists, isRemovedPerson, mayWrite } from './access.ts';
import type { Capability } from './tokens.ts';

const workshopId = 'k3m9x2p7qa' as WorkshopId;
const plenary: RoomRef = { workshopId, kind: 'board', board: { kind: 'plenary' } };
const workshopRoom: RoomRef = { workshopId, kind: 'workshop' };
const group = (n: number): RoomRef => ({ workshopId, kind: 'board', board: { kind: 'group', group: n } });

/** A workshop with Anna in group 1 and Pekka in group 2. */
function workshop() {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'T', language: 'fi', createdAt: 1 });
  const join = (name: string) => {
    const added = addPerson(doc, { name, role: 'core-staff' }, { now: () => 5 });
    if (!added.ok) throw new Error(added.error);
    return added.value;
  };
  const anna = join('Anna');
  const pekka = join('Pekka');
  applyGrouping(doc, { groups: [{ members: [anna] }, { members: [pekka] }], contacts: new Map() }, { now: () => 7 });
  return { doc, anna, pekka };
}

const as = (role: Role, personId?: PersonId): Capability =>
  personId === undefined ? { workshopId, role } : { workshopId, role, personId };

describe('mayWrite', () => {
  test('during group work participants read the common table only, unless the facilitator opened it', () => {
    const { doc, anna } = workshop();
    setStage(doc, 'group-work');
    expect(mayWrite(plenary, as('participant', anna), doc)).toBe(false);
    expect(mayWrite(plenary, as('facilitator'), doc)).toBe(true);
    expect(mayWrite(group(1), as('participant', anna), doc)).toBe(true);
    setCommonTableOpenInGroupWork(doc, true);
    expect(mayWrite(plenary, as('participant', anna), doc)).toBe(true);
    setCommonTableOpenInGroupWork(doc, false);
    setStage(doc, 'common-table');
    expect(mayWrite(plenary, as('participant', anna), doc)).toBe(true);
  });

  test('the facilitator writes every room; viewers none', () => {
    const { doc } = workshop();
    for (const ref of [plenary, workshopRoom, group(1), group(2)]) {
      expect(mayWrite(ref, as('facilitator'), doc)).toBe(true);
      expect(mayWrite(ref, as('viewer'), doc)).toBe(false);
    }
  });

  test('participants write the plenary, and a group board only as a member of that group', () => {
    const { doc, anna } = workshop();
    expect(mayWrite(plenary, as('participant'), doc)).toBe(true);
    expect(mayWrite(workshopRoom, as('participant', anna), doc)).toBe(false);
    expect(mayWrite(group(1), as('participant'), doc)).toBe(false);
    expect(mayWrite(group(1), as('participant', anna), doc)).toBe(true);
    expect(mayWrite(group(2), as('participant', anna), doc)).toBe(false);
    expect(mayWrite(group(1), as('participant', 'unknownperson' as PersonId), doc)).toBe(false);
  });

  test('rights follow moves and removals at once', () => {
    const { doc, anna } = workshop();
    movePerson(doc, anna, 2);
    expect(mayWrite(group(1), as('participant', anna), doc)).toBe(false);
    expect(mayWrite(group(2), as('participant', anna), doc)).toBe(true);
    removePerson(doc, anna);
    expect(isRemovedPerson(doc, anna)).toBe(true);
    expect(mayWrite(plenary, as('participant', anna), doc)).toBe(false);
    expect(mayWrite(group(2), as('facilitator', anna), doc)).toBe(false);
    // Closing joining changes nothing for people already in.
    setJoiningOpen(doc, false);
    expect(mayWrite(plenary, as('participant'), doc)).toBe(true);
  });

  test('a malformed people entry (a foreign client may write anything) is not a removed person', () => {
    const { doc } = workshop();
    (doc.getMap('people') as Y.Map<unknown>).set('oddentry', 'not a map');
    expect(isRemovedPerson(doc, 'oddentry' as PersonId)).toBe(false);
    expect(isRemovedPerson(doc, undefined)).toBe(false);
  });
});

describe('groups', () => {
  test('a removed group still exists (its board stays readable); an unformed one does not', () => {
    const { doc, anna } = workshop();
    applyGrouping(doc, { groups: [{ members: [anna] }], contacts: new Map() });
    expect(groupExists(doc, 2)).toBe(true);
    expect(groupExists(doc, 3)).toBe(false);
    expect(groupCreatedAt(doc, 2)).toBe(7);
    expect(groupCreatedAt(doc, 3)).toBe(0);
  });
});

/** The common table with a note and an open vote, and what a client of it sends for `change`. */
function commonTable() {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'T', language: 'fi', createdAt: 1 });
  const note = createNote(doc, 'start:services', { text: 'Lappu' });
  const vote = openVote(doc, { dotsPerPerson: 2 });
  if (!note.ok || !vote.ok) throw new Error('setup');
  const updateOf = (change: (client: Y.Doc) => void) => {
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(client);
    change(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  return { doc, note: note.value, vote: vote.value, updateOf };
}

describe('checkWrite', () => {
  test('a participant on the common table: notes yes, votes and their counts no', () => {
    const { doc: workshopDoc, anna, pekka } = workshop();
    const table = commonTable();
    const check = (who: Capability, change: (client: Y.Doc) => void, ref: RoomRef = plenary) =>
      checkWrite(ref, who, workshopDoc, table.doc, table.updateOf(change));
    const note = (client: Y.Doc) => createNote(client, 'start:services', { text: 'Toinen', createdBy: anna });
    expect(check(as('participant', anna), note)).toEqual({ allowed: true });
    // Dots in the document, as the slot model of before wrote them: nobody's, not even one's own.
    const ownDot = (client: Y.Doc) => {
      const dots = new Y.Map<unknown>();
      client.getMap<Y.Map<unknown>>('votes').get(table.vote)?.set('dots', dots);
      dots.set(`${anna}:0`, table.note);
    };
    expect(check(as('participant', anna), ownDot)).toEqual({ allowed: false, reason: 'vote-structure' });
    expect(check(as('participant', pekka), ownDot)).toEqual({ allowed: false, reason: 'vote-structure' });
    const forgedTally = (client: Y.Doc) =>
      writeTally(client, table.vote, { perNote: { [table.note]: 9 }, voters: 9, upTo: 99 });
    expect(check(as('participant', anna), forgedTally)).toEqual({ allowed: false, reason: 'server-owned' });
    expect(check(as('facilitator'), forgedTally)).toEqual({ allowed: false, reason: 'server-owned' });
    const close = (client: Y.Doc) => closeVote(client, table.vote);
    expect(check(as('participant', anna), close)).toEqual({ allowed: false, reason: 'vote-structure' });
    expect(check(as('facilitator'), close)).toEqual({ allowed: true });
    expect(check(as('viewer'), ownDot)).toEqual({ allowed: false, reason: 'no-right' });
    // The votes live on the common table only: a group board's document is not inspected.
    expect(check(as('participant', anna), close, group(1))).toEqual({ allowed: true });
    expect(check(as('participant', anna), close, group(2))).toEqual({ allowed: false, reason: 'no-right' });
  });
});
