import { createNote, notesInCell } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop, joinAs, syncOn } from './helpers/api.ts';
import { eventually } from './helpers/eventually.ts';
import { forgedGcUpdate, updateFrame } from './helpers/forgery.ts';
import { TEST_CELL } from './helpers/notes.ts';
import { closeRawSockets, opened, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { boardConnection, connectSaving, disconnectSaving, storedDoc } from './helpers/savedClients.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

/** The client-id registry lasts as long as the document, and one person may use several devices. */
afterEach(async () => {
  disconnectSaving();
  closeRawSockets();
  await closeTestServers();
});

const texts = (doc: Y.Doc) =>
  notesInCell(doc, TEST_CELL)
    .map((note) => note.text)
    .sort();

function write(doc: Y.Doc, text: string): void {
  const created = createNote(doc, TEST_CELL, { text });
  if (!created.ok) throw new Error(created.error);
}

test("after a restart an offline participant's client id is still hers: a forged claim on it is refused", async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const anna = await joinAs(server.url, workshop, 'Anna');
  const pekka = await joinAs(server.url, workshop, 'Pekka');
  const first = connectSaving(workshop.sync, anna.token);
  write(first.doc, 'Drop-in on Tuesdays');
  await eventually(() => expect(first.connection.savedState.getSnapshot()).toBe('saved'));
  first.connection.destroy();
  // The board unloads and the server restarts: nothing of the registry is in memory any more.
  await server.restart();
  const sync = { ...syncOn(server, workshop), board: workshop.sync.board };

  const annaId = first.doc.clientID;
  const raw = openRaw(syncUrl(sync, sync.board, pekka.token));
  await opened(raw);
  raw.socket.send(updateFrame(forgedGcUpdate(annaId, Y.getState(first.doc.store, annaId), 999_999)));
  expect(await raw.closed).toBe(CloseCode.changeRefused);

  const again = boardConnection(sync, anna.token, first.doc);
  await eventually(() => expect(again.status.getSnapshot().state).toBe('live'));
  write(first.doc, 'Written after the restart');
  await eventually(() => expect(again.savedState.getSnapshot()).toBe('saved'));
  again.destroy();
  expect(first.doc.clientID).toBe(annaId);
  expect(texts(storedDoc(server.dataDir, sync.board))).toEqual(['Drop-in on Tuesdays', 'Written after the restart']);
});

test('one person on two devices writes from both, and each resyncs the other', async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const anna = await joinAs(server.url, workshop, 'Anna');
  const laptop = connectSaving(workshop.sync, anna.token);
  const phone = connectSaving(workshop.sync, anna.token);
  write(laptop.doc, 'From the laptop');
  write(phone.doc, 'From the phone');
  await eventually(() => {
    expect(laptop.connection.savedState.getSnapshot()).toBe('saved');
    expect(phone.connection.savedState.getSnapshot()).toBe('saved');
    expect(texts(phone.doc)).toEqual(['From the laptop', 'From the phone']);
  });
  expect(texts(storedDoc(server.dataDir, workshop.sync.board))).toEqual(['From the laptop', 'From the phone']);
  // The laptop writes offline; a copy of its document on a third device of Anna's resyncs it:
  // the laptop's id is Anna's, so her other device may carry its edits.
  laptop.connection.provider.disconnect();
  write(laptop.doc, 'Written offline on the laptop');
  const tabletDoc = new Y.Doc();
  Y.applyUpdate(tabletDoc, Y.encodeStateAsUpdate(laptop.doc));
  const tablet = boardConnection(workshop.sync, anna.token, tabletDoc);
  await eventually(() => expect(tablet.status.getSnapshot().state).toBe('live'));
  await eventually(() =>
    expect(texts(storedDoc(server.dataDir, workshop.sync.board))).toEqual([
      'From the laptop',
      'From the phone',
      'Written offline on the laptop',
    ]),
  );
  expect(tablet.status.getSnapshot().state).toBe('live');
  tablet.destroy();
});
