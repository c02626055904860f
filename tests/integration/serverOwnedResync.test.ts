import {
  createNote,
  DELETIONS_ROOT,
  deleteNote,
  editNoteText,
  type NoteId,
  notesInCell,
  readMeta,
} from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop, joinAs } from './helpers/api.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { TEST_CELL } from './helpers/notes.ts';
import { connectSaving, disconnectSaving, type SavingClient, storedDoc } from './helpers/savedClients.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

// A node relays its own writes (a delete's date in `deletions`, vote tallies, reactions) before
// they are durable; if it is then killed, the clients that saw them give them back in their next
// sync step 2, beside their own offline edits. Found by the multinode convergence test: the whole
// step 2 was dropped as a write to the server's roots, so the person's own edits were never
// stored, on every reconnect, while their screen kept saying "saving".

afterEach(async () => {
  disconnectSaving();
  disconnectAll();
  await closeTestServers();
});

const texts = (doc: Y.Doc) => notesInCell(doc, TEST_CELL).map((note) => note.text);

async function savedAndLive(client: SavingClient): Promise<void> {
  await eventually(() => {
    expect(client.connection.status.getSnapshot().state).toBe('live');
    expect(client.connection.savedState.getSnapshot()).toBe('saved');
  });
}

/** What the crashed node relayed and lost: an entry of a server root, under an id nobody writes again. */
function receiveLostServerWrite(client: SavingClient, write: (doc: Y.Doc) => void): void {
  const lost = new Y.Doc();
  Y.applyUpdate(lost, Y.encodeStateAsUpdate(client.doc));
  const before = Y.encodeStateVector(lost);
  write(lost);
  // Applied as a remote change, as the relay delivered it.
  Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(lost, before), 'relay');
}

async function annaOnTheCommonTable() {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const joined = await joinAs(server.url, workshop, 'Anna');
  const anna = connectSaving(workshop.sync, joined.token);
  const witness = connectAs(workshop, 'viewer');
  await synced(witness);
  const created = createNote(anna.doc, TEST_CELL, { text: 'Drop-in keskiviikkoisin', createdBy: joined.person.id });
  if (!created.ok) throw new Error(created.error);
  await savedAndLive(anna);
  return { server, workshop, anna, witness, note: created.value, person: joined.person.id };
}

test('a resync giving back a lost deletion time stores the person’s offline edits, and the server’s time stands', async () => {
  const { server, workshop, anna, witness, note, person } = await annaOnTheCommonTable();
  const gone = createNote(anna.doc, TEST_CELL, { text: 'Vanha esite', createdBy: person });
  if (!gone.ok) throw new Error(gone.error);
  deleteNote(anna.doc, gone.value);
  await savedAndLive(anna);
  const dated = witness.doc.getMap(DELETIONS_ROOT).get(gone.value);
  expect(typeof dated).toBe('number');

  anna.connection.provider.disconnect();
  // The lost write dated the delete otherwise, and dated a note nobody deleted.
  receiveLostServerWrite(anna, (doc) => {
    doc.getMap(DELETIONS_ROOT).set(gone.value, 1);
    doc.getMap(DELETIONS_ROOT).set(note, 1);
  });
  editNoteText(anna.doc, note, 'Drop-in keskiviikkoisin ja torstaisin');
  anna.connection.provider.connect();

  await savedAndLive(anna);
  await eventually(() => expect(texts(witness.doc)).toEqual(['Drop-in keskiviikkoisin ja torstaisin']));
  expect(texts(storedDoc(server.dataDir, workshop.sync.board))).toEqual(['Drop-in keskiviikkoisin ja torstaisin']);
  // Everyone holds the same items, and the server's values over the lost ones.
  await eventually(() => {
    for (const doc of [anna.doc, witness.doc, storedDoc(server.dataDir, workshop.sync.board)]) {
      expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(witness.doc));
      expect(doc.getMap(DELETIONS_ROOT).get(gone.value)).toBe(dated);
      expect(doc.getMap(DELETIONS_ROOT).has(note as NoteId)).toBe(false);
    }
  });
});

test('a forged title in a resync is written over at once; the forger’s own edit is kept', async () => {
  const { server, workshop, anna, witness, note } = await annaOnTheCommonTable();
  anna.connection.provider.disconnect();
  receiveLostServerWrite(anna, (doc) => doc.getMap('meta').set('title', 'Any headline on the projector'));
  editNoteText(anna.doc, note, 'Drop-in myös lauantaisin');
  anna.connection.provider.connect();

  await savedAndLive(anna);
  await eventually(() => {
    expect(texts(witness.doc)).toEqual(['Drop-in myös lauantaisin']);
    expect(readMeta(witness.doc)?.title).toBe(workshop.title);
    expect(readMeta(anna.doc)?.title).toBe(workshop.title);
    expect(readMeta(storedDoc(server.dataDir, workshop.sync.board))?.title).toBe(workshop.title);
  });
});

test('a live change to the server’s roots is still dropped whole', async () => {
  const { server, workshop, anna, witness, note } = await annaOnTheCommonTable();
  anna.doc.transact(() => {
    anna.doc.getMap('meta').set('title', 'Any headline on the projector');
    editNoteText(anna.doc, note, 'Tämä ei tallennu');
  });
  // Presence after the change: once the witness sees it, the server has handled the change.
  anna.connection.provider.awareness.setLocalStateField('marker', 'meta');
  await eventually(() =>
    expect(witness.provider.awareness.getStates().get(anna.doc.clientID)).toMatchObject({ marker: 'meta' }),
  );
  expect(readMeta(witness.doc)?.title).toBe(workshop.title);
  expect(texts(witness.doc)).toEqual(['Drop-in keskiviikkoisin']);
  expect(readMeta(storedDoc(server.dataDir, workshop.sync.board))?.title).toBe(workshop.title);
  expect(anna.connection.savedState.getSnapshot()).not.toBe('saved');
});
