import {
  applyGrouping,
  type CellId,
  copyNoteId,
  copyTableToGroup,
  createNote,
  editNoteText,
  notesInCell,
  notesMap,
  readAllNotes,
} from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { createWorkshopClient, type WorkshopClient } from '@avaa/workshop-client';
import { afterEach, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { type CreatedWorkshop, createWorkshop, joinAs } from './helpers/api.ts';
import { disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer, type TestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, groupRoom, handled } from './helpers/workshop.ts';

// Groups that start from a copy of the common table (issue 18, point 8), through the real server:
// the facilitator's client copies, a participant edits a copy on their group's board, and the merge
// brings back only that change.

const CELL: CellId = 'start:services';
const clients: WorkshopClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  disconnectAll();
  await closeTestServers();
});

function clientFor(server: TestServer, workshop: CreatedWorkshop, token: string) {
  const client = createWorkshopClient({
    workshopId: workshop.id as WorkshopId,
    token,
    syncUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
    apiBase: server.url,
    offlineCopies: false,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    followBrowserOnline: false,
  });
  clients.push(client);
  return client;
}

const texts = (doc: Y.Doc) => notesInCell(doc, CELL).map((note) => note.text);

describe('groups that start from a copy of the common table', () => {
  test('a participant sees the copies on their group board, and the merge brings back only their change', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const anna = await joinAs(server.url, workshop, 'Anna');
    const pekka = await joinAs(server.url, workshop, 'Pekka', 'network-partner');
    const facilitator = clientFor(server, workshop, workshop.sync.tokens.facilitator);
    const common = facilitator.openBoard({ kind: 'plenary' }, { undoable: true });
    await eventually(() => expect(common.connection.status.getSnapshot().state).toBe('live'));
    const walkIn = createNote(common.doc, CELL, { text: 'Walk-in-ohjaus' });
    const chat = createNote(common.doc, CELL, { text: 'Chat-palvelu' });
    if (!walkIn.ok || !chat.ok) throw new Error('notes refused');

    const room = facilitator.openWorkshop();
    await eventually(() => expect(room.connection.status.getSnapshot().state).toBe('live'));
    const grouping = { groups: [{ members: [anna.person.id] }, { members: [pekka.person.id] }], contacts: new Map() };
    expect(applyGrouping(room.doc, grouping).ok).toBe(true);
    expect(await facilitator.copyTableToGroups(room.connection, [1, 2])).toEqual({ ok: true, copied: 4 });
    // Again (a retry, or a second facilitator): nothing doubles.
    expect(await facilitator.copyTableToGroups(room.connection, [1, 2])).toEqual({ ok: true, copied: 0 });

    const annas = clientFor(server, workshop, anna.token);
    const board = annas.openBoard({ kind: 'group', group: 1 }, { undoable: true });
    await eventually(() => expect(texts(board.doc)).toEqual(['Walk-in-ohjaus', 'Chat-palvelu']));
    expect(editNoteText(board.doc, copyNoteId(1, walkIn.value), 'Walk-in-ohjaus ilman ajanvarausta').ok).toBe(true);
    await eventually(() => expect(board.connection.savedState.getSnapshot()).toBe('saved'));

    const opened = await facilitator.openMerge([1, 2], common.doc);
    if (!opened.ok) throw new Error(`merge not opened: ${opened.problem}`);
    expect(opened.session.preview.summary).toMatchObject({ added: 0, updated: 1, unchanged: 3 });
    expect(opened.session.merge(common.undo).ok).toBe(true);
    expect(texts(common.doc)).toEqual(['Walk-in-ohjaus ilman ajanvarausta', 'Chat-palvelu']);
  });

  test('the server drops a participant’s note passing for a copy of a common note, and takes her edits of real copies', async () => {
    const server = await startTestServer();
    const { workshop, anna } = await groupedWorkshop(server.url);
    const facilitator = connectRoom(workshop, workshop.sync.board, workshop.sync.tokens.facilitator);
    const annaOnGroup = connectRoom(workshop, groupRoom(workshop, 1), anna.token);
    const groupReader = connectRoom(workshop, groupRoom(workshop, 1), workshop.sync.tokens.facilitator);
    await synced(facilitator, annaOnGroup, groupReader);
    const original = createNote(facilitator.doc, CELL, { text: 'Walk-in-ohjaus' });
    if (!original.ok) throw new Error(original.error);

    // Anna writes onto her group's board what the facilitator's copy would be: a forgery.
    expect(copyTableToGroup(facilitator.doc, annaOnGroup.doc, 1).ok).toBe(true);
    await handled(annaOnGroup, groupReader, 'after-forgery');
    expect(readAllNotes(groupReader.doc)).toEqual([]);

    // The facilitator's copy goes, and Anna edits it.
    expect(copyTableToGroup(facilitator.doc, groupReader.doc, 1).ok).toBe(true);
    const copy = copyNoteId(1, original.value);
    const annas = connectRoom(workshop, groupRoom(workshop, 1), anna.token);
    await synced(annas);
    await eventually(() => expect(notesMap(annas.doc).has(copy)).toBe(true));
    expect(editNoteText(annas.doc, copy, 'Walk-in-ohjaus iltaisin').ok).toBe(true);
    await eventually(() => expect(texts(groupReader.doc)).toEqual(['Walk-in-ohjaus iltaisin']));
  });
});
