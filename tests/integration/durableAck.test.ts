import { createNote, editNoteText, notesInCell } from '@avaa/board-model';
import { CloseCode, encodeSavedMessage } from '@avaa/protocol';
import { afterEach, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop } from './helpers/api.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { connectSaving, disconnectSaving, storedDoc } from './helpers/savedClients.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { sqliteWith } from './helpers/storage.ts';

afterEach(async () => {
  vi.restoreAllMocks();
  disconnectSaving();
  disconnectAll();
  await closeTestServers();
});

const texts = (notes: { text: string }[]) => notes.map((note) => note.text);
const CELL = 'during:services';

test('an edit is acknowledged only once it is in the SQLite file', async () => {
  // A slow disk widens the window in which an early acknowledgement would be caught.
  const slowDisk = sqliteWith((inner) => ({
    appendUpdates: async (room, updates) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      return inner.appendUpdates(room, updates);
    },
  }));
  const server = await startTestServer({ openStorage: slowDisk });
  const workshop = await createWorkshop(server.url);
  const writer = connectSaving(workshop.sync, workshop.sync.tokens.participant);
  await eventually(() => expect(writer.connection.status.getSnapshot().state).toBe('live'));
  const storedAtAck: string[][] = [];
  writer.onAcknowledgement(() => {
    storedAtAck.push(texts(notesInCell(storedDoc(server.dataDir, workshop.sync.board), CELL)));
  });

  const created = createNote(writer.doc, CELL, { text: 'Youth guarantee counselling' });
  if (!created.ok) throw new Error('note not created');
  expect(writer.connection.savedState.getSnapshot()).toBe('saving');
  await eventually(() => expect(writer.connection.savedState.getSnapshot()).toBe('saved'));
  expect(storedAtAck).toEqual([['Youth guarantee counselling']]);

  // Shortening the text only deletes: the client's Yjs clock does not move, yet the edit is
  // tracked and acknowledged like any other (why acks carry request numbers, not clocks).
  const clock = Y.getState(writer.doc.store, writer.doc.clientID);
  expect(editNoteText(writer.doc, created.value, 'Youth guarantee').ok).toBe(true);
  expect(Y.getState(writer.doc.store, writer.doc.clientID)).toBe(clock);
  expect(writer.connection.savedState.getSnapshot()).toBe('saving');
  await eventually(() => expect(writer.connection.savedState.getSnapshot()).toBe('saved'));
  expect(storedAtAck.at(-1)).toEqual(['Youth guarantee']);
});

test('stock y-websocket clients sync beside acknowledged ones and are sent no acknowledgements', async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const errors = vi.spyOn(console, 'error');
  const stock = connectAs(workshop, 'participant');
  const saving = connectSaving(workshop.sync, workshop.sync.tokens.facilitator);
  await synced(stock);
  createNote(stock.doc, CELL, { text: 'From a stock client' });
  createNote(saving.doc, CELL, { text: 'From the web app' });
  await eventually(() => {
    expect(texts(notesInCell(stock.doc, CELL)).sort()).toEqual(['From a stock client', 'From the web app']);
    expect(texts(notesInCell(saving.doc, CELL)).sort()).toEqual(['From a stock client', 'From the web app']);
    expect(saving.connection.savedState.getSnapshot()).toBe('saved');
  });
  expect(stock.closeCodes).toEqual([]);
  expect(errors).not.toHaveBeenCalled();

  // Even a stock client that asked (by hand) only logs the unknown answer and keeps syncing.
  stock.provider.ws?.send(encodeSavedMessage({ type: 'saveRequest', seq: 1 }));
  await eventually(() => expect(errors).toHaveBeenCalledWith('Unable to compute message'));
  createNote(saving.doc, CELL, { text: 'After the stray acknowledgement' });
  await eventually(() => expect(texts(notesInCell(stock.doc, CELL))).toContain('After the stray acknowledgement'));
  expect(stock.closeCodes).toEqual([]);
});

test('a viewer gets no acknowledgement for the writes the server dropped', async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const viewer = connectSaving(workshop.sync, workshop.sync.tokens.viewer);
  const writer = connectSaving(workshop.sync, workshop.sync.tokens.participant);
  await eventually(() => expect(viewer.connection.status.getSnapshot().state).toBe('live'));

  createNote(viewer.doc, CELL, { text: 'Written on the projector' });
  // The writer's acknowledged edit comes after the viewer's request in the server's order.
  await new Promise((resolve) => setTimeout(resolve, 50));
  createNote(writer.doc, CELL, { text: 'Written by a participant' });
  await eventually(() => expect(writer.connection.savedState.getSnapshot()).toBe('saved'));
  await eventually(() => expect(texts(notesInCell(viewer.doc, CELL))).toContain('Written by a participant'));
  await new Promise((resolve) => setTimeout(resolve, 200));

  expect(viewer.acknowledgements()).toBe(0);
  expect(viewer.connection.savedState.getSnapshot()).toBe('saving');
  expect(texts(notesInCell(storedDoc(server.dataDir, workshop.sync.board), CELL))).toEqual([
    'Written by a participant',
  ]);
});

test('a failed commit is never acknowledged; the edit is saved after the reconnect', async () => {
  const disk = { full: false };
  const fullDisk = sqliteWith((inner) => ({
    appendUpdates: async (room, updates) => {
      if (disk.full) throw Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR' });
      return inner.appendUpdates(room, updates);
    },
  }));
  const server = await startTestServer({ openStorage: fullDisk });
  const workshop = await createWorkshop(server.url);
  const writer = connectSaving(workshop.sync, workshop.sync.tokens.participant);
  await eventually(() => expect(writer.connection.status.getSnapshot().state).toBe('live'));
  const closeCodes: number[] = [];
  writer.connection.provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });

  disk.full = true;
  createNote(writer.doc, CELL, { text: 'Written on a full disk' });
  await eventually(() => expect(closeCodes).toContain(CloseCode.internalError));
  expect(writer.acknowledgements()).toBe(0);
  expect(writer.connection.savedState.getSnapshot()).not.toBe('saved');

  disk.full = false;
  await eventually(() => expect(writer.connection.savedState.getSnapshot()).toBe('saved'), 15_000);
  expect(texts(notesInCell(storedDoc(server.dataDir, workshop.sync.board), CELL))).toEqual(['Written on a full disk']);
});
