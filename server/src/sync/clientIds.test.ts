import * as encoding from 'lib0/encoding';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { checkClientIds as checkDecoded, MAX_CLOCK_ADVANCE, withoutForeignStructs } from './clientIds.ts';

const checkClientIds = (doc: Y.Doc, update: Uint8Array, owned: (id: number) => boolean) =>
  checkDecoded(doc, Y.decodeUpdate(update), owned);

const nobody = () => false;

/** One GC struct of `length` under `client` from `clock`: what a forger sends (about 15 bytes). */
function forgedGc(client: number, clock: number, length: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // clients
  encoding.writeVarUint(encoder, 1); // structs of this client
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  encoding.writeUint8(encoder, 0); // GC
  encoding.writeVarUint(encoder, length);
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}

/** A delete set only: `client`'s clocks `clock`..`clock + length`. */
function deletion(client: number, clock: number, length: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarUint(encoder, length);
  return encoding.toUint8Array(encoder);
}

function editOf(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('checkClientIds', () => {
  test("a client's own new edit is allowed and names its id", () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    expect(checkClientIds(server, editOf(client, 'hello'), nobody)).toEqual({
      allowed: true,
      written: [client.clientID],
      foreign: [],
    });
  });

  test('new structs under an id another live connection owns are foreign, and stripped', () => {
    const server = new Y.Doc();
    const victim = new Y.Doc();
    const resyncer = new Y.Doc();
    Y.applyUpdate(resyncer, editOf(victim, 'theirs'));
    resyncer.getText('own').insert(0, 'mine');
    const update = Y.encodeStateAsUpdate(resyncer);
    const owned = (id: number) => id === victim.clientID;
    expect(checkClientIds(server, update, owned)).toEqual({
      allowed: true,
      written: [resyncer.clientID],
      foreign: [victim.clientID],
    });
    Y.applyUpdate(server, withoutForeignStructs(update, [victim.clientID]));
    expect(Y.getState(server.store, victim.clientID)).toBe(0);
    expect(Y.getState(server.store, resyncer.clientID)).toBe(4);
    const forged = forgedGc(victim.clientID, 0, 2 ** 40);
    expect(checkClientIds(server, forged, owned)).toMatchObject({ allowed: true, foreign: [victim.clientID] });
    Y.applyUpdate(server, withoutForeignStructs(forged, [victim.clientID]));
    expect(Y.getState(server.store, victim.clientID)).toBe(0);
  });

  test('structs the server already has are allowed from anyone (a resync repeats them)', () => {
    const server = new Y.Doc();
    const victim = new Y.Doc();
    const update = editOf(victim, 'mine');
    Y.applyUpdate(server, update);
    expect(checkClientIds(server, update, () => true)).toEqual({ allowed: true, written: [], foreign: [] });
  });

  test('a clock range no real edit could have is refused, even for an id nobody owns', () => {
    const server = new Y.Doc();
    expect(checkClientIds(server, forgedGc(7, 0, MAX_CLOCK_ADVANCE + 1), nobody)).toEqual({
      allowed: false,
      reason: 'implausible-clock',
    });
    expect(checkClientIds(server, forgedGc(7, 0, 100), nobody)).toEqual({ allowed: true, written: [7], foreign: [] });
    // A gap counts: structs far beyond the server's clock would claim everything before them.
    expect(checkClientIds(server, forgedGc(7, MAX_CLOCK_ADVANCE, 1), nobody)).toMatchObject({ allowed: false });
  });

  test('deletions are open to every writer, within the same bound past the known clocks', () => {
    const server = new Y.Doc();
    const victim = new Y.Doc();
    Y.applyUpdate(server, editOf(victim, 'abc'));
    const owned = (id: number) => id === victim.clientID;
    expect(checkClientIds(server, deletion(victim.clientID, 0, 3), owned)).toMatchObject({ allowed: true });
    expect(checkClientIds(server, deletion(victim.clientID, 3, 100), owned)).toMatchObject({ allowed: true });
    expect(checkClientIds(server, deletion(9, 0, 2 ** 40), nobody)).toMatchObject({ reason: 'implausible-clock' });
  });

  test('a malformed update throws when decoded, as applying it would', () => {
    expect(() => checkClientIds(new Y.Doc(), Uint8Array.of(1, 1, 5), nobody)).toThrow();
  });
});
