import { cpSync } from 'node:fs';
import { createNote, notesInCell } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop, joinAs, syncOn } from './helpers/api.ts';
import { killChildren, spawnServer } from './helpers/childServer.ts';
import { connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { forgedGcUpdate, updateFrame } from './helpers/forgery.ts';
import { awarenessFrame } from './helpers/frames.ts';
import { TEST_CELL, textsIn, writeNote } from './helpers/notes.ts';
import { closeRawSockets, opened, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer, tempDir } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  killChildren();
  await closeTestServers();
});

/** A raw socket that sends `frames`; resolves with the code the server closed it with. */
async function sendRefused(url: string, frames: Uint8Array[]): Promise<number> {
  const raw = openRaw(url);
  await opened(raw);
  for (const frame of frames) raw.socket.send(frame);
  return raw.closed;
}

describe('writing under another client id', () => {
  test("a forged 15-byte claim on a live client's clock does not stop that client's edits", async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const anna = await joinAs(url, workshop, 'Anna');
    const pekka = await joinAs(url, workshop, 'Pekka');
    const annaClient = connectClient(workshop.sync, anna.token);
    const witness = connectAs(workshop, 'viewer');
    await synced(annaClient, witness);
    writeNote(annaClient, 'Before the forgery');
    await eventually(() => expect(textsIn(witness.doc)).toEqual(['Before the forgery']));

    const annaId = annaClient.doc.clientID;
    const clock = Y.getState(annaClient.doc.store, annaId);
    const forged = forgedGcUpdate(annaId, clock, 2 ** 40);
    expect(forged.byteLength).toBeLessThanOrEqual(16);
    // A claim small enough to look real is refused too: the id is Anna's while she is connected.
    const modest = forgedGcUpdate(annaId, clock, 100_000);
    const refused = await Promise.all([
      sendRefused(syncUrl(workshop.sync, workshop.sync.board, pekka.token), [updateFrame(forged)]),
      sendRefused(syncUrl(workshop.sync, workshop.sync.board, pekka.token), [updateFrame(modest)]),
    ]);
    // Refused by name: the id is Anna's since her first stored write.
    expect(refused).toEqual([CloseCode.changeRefused, CloseCode.changeRefused]);

    writeNote(annaClient, 'After the forgery');
    await eventually(() => expect(textsIn(witness.doc)).toEqual(['Before the forgery', 'After the forgery']));
    // The claim never reached anyone: Anna kept her id, and nobody believes in the claimed range.
    expect(annaClient.doc.clientID).toBe(annaId);
    expect(Y.getState(witness.doc.store, annaId)).toBe(Y.getState(annaClient.doc.store, annaId));
    const fresh = connectAs(workshop, 'viewer');
    await synced(fresh);
    expect(textsIn(fresh.doc)).toEqual(['Before the forgery', 'After the forgery']);
  });

  test('a clock range no real edit could have is refused, even for an id nobody holds', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const witness = connectAs(workshop, 'viewer');
    await synced(witness);
    const nobody = 987_654;
    const token = workshop.sync.tokens.participant;
    const board = syncUrl(workshop.sync, workshop.sync.board, token);
    const refused = await Promise.all([
      sendRefused(board, [updateFrame(forgedGcUpdate(nobody, 0, 2 ** 40))]),
      sendRefused(board, [updateFrame(forgedGcUpdate(nobody, 2_000_000, 1))]),
    ]);
    expect(refused).toEqual([CloseCode.changeRefused, CloseCode.changeRefused]);
    const fresh = connectAs(workshop, 'viewer');
    await synced(fresh);
    expect(Y.getState(fresh.doc.store, nobody)).toBe(0);
    expect(Y.getState(witness.doc.store, nobody)).toBe(0);
  });
});

describe('recovery after a crash', () => {
  test("a client resyncing sends another, disconnected client's edits the server lost; they are stored", async () => {
    // A server whose storage lost committed edits (restored from a copy taken before them).
    const dataDir = tempDir();
    const first = await spawnServer(dataDir);
    const workshop = await createWorkshop(first.url);
    const anna = await joinAs(first.url, workshop, 'Anna');
    const pekka = await joinAs(first.url, workshop, 'Pekka');
    first.child.kill('SIGKILL');
    await first.exited;
    const backup = tempDir();
    cpSync(dataDir, backup, { recursive: true });

    const second = await spawnServer(dataDir);
    const annaClient = connectClient({ ...syncOn(second, workshop), board: workshop.sync.board }, anna.token);
    const pekkaClient = connectClient(syncOn(second, workshop), pekka.token);
    await synced(annaClient, pekkaClient);
    writeNote(annaClient, 'Written before the crash');
    await eventually(() => expect(textsIn(pekkaClient.doc)).toEqual(['Written before the crash']));
    annaClient.provider.destroy();
    pekkaClient.provider.destroy();
    second.child.kill('SIGKILL');
    await second.exited;

    const restored = await spawnServer(backup);
    const witness = connectClient(syncOn(restored, workshop), workshop.sync.tokens.viewer);
    await synced(witness);
    expect(textsIn(witness.doc)).toEqual([]);
    // Pekka comes back first: his sync step 2 carries Anna's edit, which the server now lacks.
    const pekkaAgain = connectClient(syncOn(restored, workshop), pekka.token, pekkaClient.doc);
    await synced(pekkaAgain);
    await eventually(() => expect(textsIn(witness.doc)).toEqual(['Written before the crash']));
    // Anna comes back later with the same document and id: she still writes.
    const annaAgain = connectClient(syncOn(restored, workshop), anna.token, annaClient.doc);
    await synced(annaAgain);
    writeNote(annaAgain, 'Written after the recovery');
    await eventually(() =>
      expect(textsIn(witness.doc).sort()).toEqual(['Written after the recovery', 'Written before the crash']),
    );
    expect(annaAgain.doc.clientID).toBe(annaClient.doc.clientID);
  });

  test("a resync carrying edits of an id only shown in presence stores them; its owner's own update takes the id", async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const anna = await joinAs(url, workshop, 'Anna');
    const pekka = await joinAs(url, workshop, 'Pekka');
    // Pekka's document holds an edit of Anna's that the server never got (e.g. a lost commit).
    const annaDoc = new Y.Doc();
    const pekkaDoc = new Y.Doc();
    createNote(annaDoc, TEST_CELL, { text: 'Anna offline' });
    Y.applyUpdate(pekkaDoc, Y.encodeStateAsUpdate(annaDoc));
    createNote(pekkaDoc, 'start:participation', { text: 'Pekka offline' });

    const witness = connectAs(workshop, 'viewer');
    await synced(witness);
    // Anna is connected but has not synced yet: presence alone does not own an id for writes
    // (stock clients echo others' presence, so honest first writers were refused in issue 13's day).
    const annaRaw = openRaw(syncUrl(workshop.sync, workshop.sync.board, anna.token));
    await opened(annaRaw);
    annaRaw.socket.send(awarenessFrame(annaDoc.clientID, 1, { marker: 'anna' }));
    await eventually(() => expect(witness.provider.awareness.getStates().get(annaDoc.clientID)).toBeDefined());

    const pekkaClient = connectClient(workshop.sync, pekka.token, pekkaDoc);
    await synced(pekkaClient);
    await eventually(() =>
      expect(notesInCell(witness.doc, 'start:participation').map((note) => note.text)).toEqual(['Pekka offline']),
    );
    // Taken from Pekka's resync, registered provisionally to him.
    await eventually(() => expect(textsIn(witness.doc)).toEqual(['Anna offline']));
    // Anna's own update under her id takes it over for good: she may write on.
    createNote(annaDoc, TEST_CELL, { text: 'Anna again' });
    annaRaw.socket.send(updateFrame(Y.encodeStateAsUpdate(annaDoc)));
    await eventually(() => expect(textsIn(witness.doc).sort()).toEqual(['Anna again', 'Anna offline']));
  });
});
