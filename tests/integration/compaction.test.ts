import { createNote, deleteNote, editNoteText, eraseDeletedNotes, notesMap } from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop, syncOn } from './helpers/api.ts';
import { connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, roomRows, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

test('the update log is compacted into a snapshot past the threshold and on unload', async () => {
  // deletedNoteGraceMs 0: the deleted notes' week has passed by the unload.
  const server = await startTestServer({ compactThreshold: 20, unloadGraceMs: 100, deletedNoteGraceMs: 0 });
  const workshop = await createWorkshop(server.url);
  const room = workshop.sync.board;
  const writer = connectAs(workshop, 'facilitator');
  const reader = connectAs(workshop, 'participant');
  await synced(writer, reader);

  // 150 separate transactions, each its own update, each sent in its own frame.
  const EDITS = 150;
  for (let i = 0; i < EDITS / 3; i++) {
    const created = createNote(writer.doc, 'during:participation', { text: `Note ${i}` });
    if (!created.ok) throw new Error(created.error);
    editNoteText(writer.doc, created.value, `Note ${i}, edited`);
    if (i % 5 === 0) deleteNote(writer.doc, created.value);
    else editNoteText(writer.doc, created.value, `Note ${i}, edited twice`);
  }
  const expected = notesMap(writer.doc).toJSON();
  await eventually(() => expect(notesMap(reader.doc).toJSON()).toEqual(expected));

  // While the room is loaded, the threshold keeps the log short (once the last commit is in:
  // relaying does not wait for it).
  await eventually(() => {
    const loaded = roomRows(server.dataDir, room);
    expect(loaded.snapshots).toBe(1);
    expect(loaded.logEntries).toBeLessThan(20);
  });

  // When the last client leaves, the room is written out as a snapshot only, the deleted
  // notes' text erased first (erasure.test.ts).
  const erased = new Y.Doc();
  Y.applyUpdate(erased, Y.encodeStateAsUpdate(writer.doc));
  eraseDeletedNotes(erased);
  const expectedAfterUnload = notesMap(erased).toJSON();
  disconnectAll();
  await eventually(() => expect(roomRows(server.dataDir, room)).toEqual({ logEntries: 0, snapshots: 1 }));

  await server.restart();
  const fresh = connectClient(syncOn(server, workshop), workshop.sync.tokens.viewer);
  await synced(fresh);
  expect(notesMap(fresh.doc).toJSON()).toEqual(expectedAfterUnload);
});
