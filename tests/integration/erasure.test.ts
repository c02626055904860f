import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import {
  createNote,
  deleteNote,
  editNoteText,
  eraseDeletedNotes,
  notesMap,
  readNote,
  readPerson,
  recentlyDeleted,
  removePerson,
} from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { DATABASE_FILE } from '@avaa/server';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { type CreatedWorkshop, createWorkshop, getJson, joinAs } from './helpers/api.ts';
import { filesHolding, newCanary } from './helpers/canary.ts';
import { type Client, connectAs, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, roomRows, startTestServer } from './helpers/server.ts';
import { connectRoom, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

const DAY_MS = 24 * 60 * 60 * 1000;

function writeNote(client: Client, text: string) {
  const created = createNote(client.doc, 'start:services', { text });
  if (!created.ok) throw new Error(created.error);
  return created.value;
}

test('a deleted note keeps its text while the board is open, and Undo brings it back', async () => {
  const server = await startTestServer({ compactThreshold: 5 });
  const workshop = await createWorkshop(server.url);
  const writer = connectAs(workshop, 'facilitator');
  const other = connectAs(workshop, 'facilitator');
  await synced(writer, other);
  const canary = newCanary();
  const undo = new Y.UndoManager(notesMap(writer.doc));
  const id = writeNote(writer, canary);
  undo.stopCapturing();
  deleteNote(writer.doc, id);
  // Others write on: the log passes the threshold and is compacted while both are connected.
  for (let i = 0; i < 8; i++) writeNote(other, `Täyte ${i}`);
  await eventually(() => expect(readNote(writer.doc, id)?.deleted).toBe(true));
  await eventually(() => expect(roomRows(server.dataDir, workshop.sync.board).snapshots).toBe(1));
  expect(filesHolding(server.dataDir, canary)).not.toEqual([]);

  undo.undo();
  await eventually(() => expect(readNote(other.doc, id)).toMatchObject({ text: canary, deleted: false }));
});

test("once nobody has the board open after the grace period, a deleted note's text is erased from every database file", async () => {
  // A grace period of 0: as if the week had passed since the delete.
  const server = await startTestServer({ deletedNoteGraceMs: 0 });
  const workshop = await createWorkshop(server.url);
  const writer = connectAs(workshop, 'facilitator');
  const witness = connectAs(workshop, 'viewer');
  await synced(writer, witness);
  const canary = newCanary();
  const kept = writeNote(writer, 'Tämä jää');
  const id = writeNote(writer, canary);
  await eventually(() => expect(readNote(witness.doc, id)?.text).toBe(canary));
  // Stored (relayed before committed, so waited for): its absence later means something.
  await eventually(() => expect(filesHolding(server.dataDir, canary)).not.toEqual([]));

  deleteNote(writer.doc, id);
  await eventually(() => expect(readNote(witness.doc, id)?.deleted).toBe(true));
  disconnectAll();
  // The room unloads after its grace period: erasure, compaction, WAL checkpoint.
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));

  const reader = connectAs(workshop, 'viewer');
  await synced(reader);
  expect(readNote(reader.doc, id)).toMatchObject({ text: '', deleted: true });
  expect(readNote(reader.doc, kept)?.text).toBe('Tämä jää');
});

test("within the grace period a deleted note's text survives the unload, until the facilitator's Erase now", async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const writer = connectAs(workshop, 'facilitator');
  await synced(writer);
  const canary = newCanary();
  const id = writeNote(writer, canary);
  deleteNote(writer.doc, id);
  await eventually(() => expect(filesHolding(server.dataDir, canary)).not.toEqual([]));
  disconnectAll();
  await eventually(async () => expect((await getJson(`${server.url}/healthz`)).body).toMatchObject({ rooms: 0 }));
  expect(filesHolding(server.dataDir, canary)).not.toEqual([]);

  // Back the next day: the note is in "Recently deleted"; the facilitator empties the bin.
  const facilitator = connectAs(workshop, 'facilitator');
  await synced(facilitator);
  expect(recentlyDeleted(facilitator.doc).map((note) => note.text)).toEqual([canary]);
  expect(eraseDeletedNotes(facilitator.doc)).toBe(1);
  const witness = connectAs(workshop, 'viewer');
  await synced(witness);
  await eventually(() => expect(readNote(witness.doc, id)?.text).toBe(''));
  disconnectAll();
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
});

test('text edited away from a note leaves every database file once nobody has the board open', async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const writer = connectAs(workshop, 'facilitator');
  await synced(writer);
  const canary = newCanary();
  const id = writeNote(writer, `Puhelinnumero ${canary}`);
  await eventually(() => expect(filesHolding(server.dataDir, canary)).not.toEqual([]));
  expect(editNoteText(writer.doc, id, 'Palveluohjaus puhelimitse').ok).toBe(true);
  await eventually(() => expect(roomRows(server.dataDir, workshop.sync.board).logEntries).toBeGreaterThan(1));
  disconnectAll();
  await eventually(async () => expect((await getJson(`${server.url}/healthz`)).body).toMatchObject({ rooms: 0 }));
  // The unload's compaction and purge finish a moment later (their commits are synced first).
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
});

test("a removed person's name leaves the workshop document and every database file", async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const canary = newCanary();
  const person = await joinAs(server.url, workshop, `Nimi ${canary}`);
  const facilitator = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
  await synced(facilitator);
  await eventually(() => expect(readPerson(facilitator.doc, person.person.id)).toBeDefined());
  expect(filesHolding(server.dataDir, canary)).not.toEqual([]);
  const watcher = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
  await synced(watcher);
  expect(removePerson(facilitator.doc, person.person.id).ok).toBe(true);
  expect(readPerson(facilitator.doc, person.person.id)).toMatchObject({ removed: true, name: '' });
  // A client id's first write is applied once its registration is synced: seen by another
  // client, the removal is in the room.
  await eventually(() => expect(readPerson(watcher.doc, person.person.id)).toMatchObject({ removed: true }));
  await eventually(() => expect(roomRows(server.dataDir, workshopRoom(workshop)).logEntries).toBeGreaterThan(1));
  // Someone who opens the workshop now gets no trace of the name either.
  const late = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.viewer);
  await synced(late);
  expect(Buffer.from(Y.encodeStateAsUpdate(late.doc)).includes(Buffer.from(canary))).toBe(false);
  disconnectAll();
  await eventually(async () => expect((await getJson(`${server.url}/healthz`)).body).toMatchObject({ rooms: 0 }));
  // The unload's compaction and purge finish a moment later (their commits are synced first).
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
});

test('deleting a workshop closes its sockets with 4404, answers 404 after, and erases it from the files', async () => {
  const server = await startTestServer();
  const canary = newCanary();
  const workshop = await createWorkshop(server.url, `Työpaja ${canary}`);
  const writer = connectAs(workshop, 'facilitator');
  await synced(writer);
  const note = writeNote(writer, `Muistilappu ${canary}`);
  await eventually(() => expect(filesHolding(server.dataDir, canary).length).toBeGreaterThan(0));
  expect(readNote(writer.doc, note)?.text).toContain(canary);

  expect((await deleteRequest(server.url, workshop, workshop.sync.tokens.participant)).status).toBe(403);
  expect((await deleteRequest(server.url, workshop, undefined)).status).toBe(401);
  expect((await deleteRequest(server.url, workshop, workshop.sync.tokens.facilitator)).status).toBe(204);
  expect(filesHolding(server.dataDir, canary)).toEqual([]);
  await eventually(() => expect(writer.closeCodes).toContain(CloseCode.workshopNotFound));
  disconnect(writer);

  const token = workshop.sync.tokens.facilitator;
  expect((await getJson(`${server.url}/api/workshops/${workshop.id}?token=${token}`)).status).toBe(404);
  expect((await deleteRequest(server.url, workshop, token)).status).toBe(404);
  expect((await getJson(`${server.url}/api/join/${workshop.joinCode}`)).status).toBe(404);
  expect(filesHolding(server.dataDir, canary)).toEqual([]);
});

test('the retention sweep deletes a workshop inactive for longer than the retention, and keeps an active one', async () => {
  const first = await startTestServer();
  const canary = newCanary();
  const idle = await createWorkshop(first.url, `Unohtunut ${canary}`);
  const active = await createWorkshop(first.url, 'Käynnissä');
  await first.close();
  // Forty days without activity, as if the clock had moved on.
  const db = new DatabaseSync(join(first.dataDir, DATABASE_FILE));
  db.prepare('UPDATE workshops SET last_activity = ? WHERE id = ?').run(Date.now() - 40 * DAY_MS, idle.id);
  db.close();

  const server = await startTestServer({ dataDir: first.dataDir, retentionMs: 30 * DAY_MS });
  const summary = (workshop: CreatedWorkshop) =>
    getJson(`${server.url}/api/workshops/${workshop.id}?token=${workshop.sync.tokens.facilitator}`);
  await eventually(async () => expect((await summary(idle)).status).toBe(404));
  expect((await summary(active)).status).toBe(200);
  // Purged once the deletion's commit is synced, a moment after readers stop finding it.
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
});

function deleteRequest(url: string, workshop: CreatedWorkshop, token: string | undefined) {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  return fetch(`${url}/api/workshops/${workshop.id}`, { method: 'DELETE', headers });
}
