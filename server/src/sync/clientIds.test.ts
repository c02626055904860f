import * as encoding from 'lib0/encoding';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { checkClientIds as checkDecoded, MAX_CLOCK_ADVANCE, withoutStructsOf } from './clientIds.ts';

const SELF = 'self';
const OTHER = 'other';
/** The check as the sync path asks it; `owners`: the registry (and presence) as a map. */
const checkClientIds = (doc: Y.Doc, update: Uint8Array, owners = new Map<number, string>(), live = true) =>
  checkDecoded(doc, Y.decodeUpdate(update), SELF, (id) => ownership(owners.get(id)), live);

function ownership(value: string | undefined) {
  if (value === undefined) return undefined;
  const provisional = value.startsWith('?');
  return { owner: provisional ? value.slice(1) : value, provisional };
}

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
  test("an unowned id's first new edit is allowed and registers it; the owner's later ones need none", () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const first = editOf(client, 'hello');
    expect(checkClientIds(server, first)).toEqual({
      allowed: true,
      register: [client.clientID],
      provisional: [],
      strip: [],
    });
    Y.applyUpdate(server, first);
    const owners = new Map([[client.clientID, SELF]]);
    expect(checkClientIds(server, editOf(client, 'again'), owners)).toEqual({
      allowed: true,
      register: [],
      provisional: [],
      strip: [],
    });
  });

  test("another owner's id: refused as a change as it happens, left out of a resync", () => {
    const server = new Y.Doc();
    const victim = new Y.Doc();
    const resyncer = new Y.Doc();
    Y.applyUpdate(resyncer, editOf(victim, 'theirs'));
    resyncer.getText('own').insert(0, 'mine');
    const update = Y.encodeStateAsUpdate(resyncer);
    const owners = new Map([[victim.clientID, OTHER]]);
    expect(checkClientIds(server, update, owners, false)).toEqual({
      allowed: true,
      register: [],
      provisional: [resyncer.clientID],
      strip: [victim.clientID],
    });
    Y.applyUpdate(server, withoutStructsOf(update, [victim.clientID]));
    expect(Y.getState(server.store, victim.clientID)).toBe(0);
    expect(Y.getState(server.store, resyncer.clientID)).toBe(4);
    const forged = forgedGc(victim.clientID, 0, 999_999);
    expect(checkClientIds(server, forged, owners)).toEqual({ allowed: false, reason: 'foreign-client-id' });
  });

  test('a resync registers unowned ids provisionally; the first change as it happens under one takes it', () => {
    const server = new Y.Doc();
    const lost = new Y.Doc();
    const update = editOf(lost, 'restored from a backup');
    expect(checkClientIds(server, update, new Map(), false)).toMatchObject({ provisional: [lost.clientID] });
    Y.applyUpdate(server, update);
    const owners = new Map([[lost.clientID, `?${OTHER}`]]);
    const more = editOf(lost, 'more');
    expect(checkClientIds(server, more, owners, false)).toMatchObject({ strip: [lost.clientID] });
    expect(checkClientIds(server, more, owners, true)).toMatchObject({ register: [lost.clientID] });
  });

  test('structs the server already has are allowed from anyone (a resync repeats them)', () => {
    const server = new Y.Doc();
    const victim = new Y.Doc();
    const update = editOf(victim, 'mine');
    Y.applyUpdate(server, update);
    const owners = new Map([[victim.clientID, OTHER]]);
    expect(checkClientIds(server, update, owners)).toEqual({ allowed: true, register: [], provisional: [], strip: [] });
  });

  test('new structs must follow on from the known clock, by at most MAX_CLOCK_ADVANCE', () => {
    const server = new Y.Doc();
    expect(checkClientIds(server, forgedGc(7, 0, MAX_CLOCK_ADVANCE + 1))).toEqual({
      allowed: false,
      reason: 'implausible-clock',
    });
    expect(checkClientIds(server, forgedGc(7, 0, 100))).toEqual({
      allowed: true,
      register: [7],
      provisional: [],
      strip: [],
    });
    expect(checkClientIds(server, forgedGc(7, 5, 1))).toEqual({ allowed: false, reason: 'clock-gap' });
  });

  test('deletions only of clocks the document has or the update adds', () => {
    const server = new Y.Doc();
    const victim = new Y.Doc();
    Y.applyUpdate(server, editOf(victim, 'abc'));
    const owners = new Map([[victim.clientID, OTHER]]);
    expect(checkClientIds(server, deletion(victim.clientID, 0, 3), owners)).toMatchObject({ allowed: true });
    expect(checkClientIds(server, deletion(victim.clientID, 2, 2), owners)).toEqual({
      allowed: false,
      reason: 'unknown-deletion',
    });
    const client = new Y.Doc();
    client.getText('t').insert(0, 'typo');
    client.getText('t').delete(0, 1);
    expect(checkClientIds(server, Y.encodeStateAsUpdate(client))).toMatchObject({ allowed: true });
  });

  test('a malformed update throws when decoded, as applying it would', () => {
    expect(() => checkClientIds(new Y.Doc(), Uint8Array.of(1, 1, 5))).toThrow();
  });
});
