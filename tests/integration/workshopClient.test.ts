import 'fake-indexeddb/auto';
import { type CellId, createNote, createPath, notesInCell, openVote, readPaths } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import {
  createWorkshopClient,
  notesReading,
  votesReading,
  type WorkshopClient,
  workshopStateReading,
} from '@avaa/workshop-client';
import { afterEach, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { type CreatedWorkshop, createWorkshop } from './helpers/api.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer, type TestServer } from './helpers/server.ts';
import { groupedWorkshop } from './helpers/workshop.ts';

// The framework-free client the web app binds to, driven from Node over real sockets against the
// real server: sessions, readings, the refusal policy, group boards, merging and deletion.

const CELL: CellId = 'start:services';
const clients: WorkshopClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await closeTestServers();
});

function clientFor(server: TestServer, workshop: CreatedWorkshop, token: string, offlineCopies = false) {
  const client = createWorkshopClient({
    workshopId: workshop.id as WorkshopId,
    token,
    syncUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
    apiBase: server.url,
    offlineCopies,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    followBrowserOnline: false,
  });
  clients.push(client);
  return client;
}

const textsIn = (doc: Y.Doc) => notesInCell(doc, CELL).map((note) => note.text);

describe('workshop client', () => {
  test("one client's note reaches another's notes reading; saved only once stored; undo takes it back", async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const facilitator = clientFor(server, workshop, workshop.sync.tokens.facilitator);
    const participant = clientFor(server, workshop, workshop.sync.tokens.participant);
    const writing = facilitator.openBoard({ kind: 'plenary' }, { undoable: true });
    const reading = participant.openBoard({ kind: 'plenary' }, { undoable: false });
    expect(reading.undo).toBeNull();
    await eventually(() => expect(writing.connection.status.getSnapshot().state).toBe('live'));

    const notes = notesReading(reading.doc);
    let heard = 0;
    notes.subscribe(() => heard++);
    expect(createNote(writing.doc, CELL, { text: 'Ohjaamon palveluohjaus' }).ok).toBe(true);
    expect(writing.connection.savedState.getSnapshot()).not.toBe('saved');
    await eventually(() => expect(writing.connection.savedState.getSnapshot()).toBe('saved'));
    await eventually(() =>
      expect(
        notes
          .getSnapshot()
          .get(CELL)
          ?.map((note) => note.text),
      ).toEqual(['Ohjaamon palveluohjaus']),
    );
    expect(heard).toBeGreaterThan(0);

    writing.undo?.undo();
    await eventually(() => expect(textsIn(reading.doc)).toEqual([]));

    // A service path is this person's edit too: undo takes it back.
    writing.undo?.stopCapturing();
    expect(createPath(writing.doc, { name: 'Kertakävijä' }).ok).toBe(true);
    await eventually(() => expect(readPaths(reading.doc).map((path) => path.name)).toEqual(['Kertakävijä']));
    writing.undo?.undo();
    await eventually(() => expect(readPaths(reading.doc)).toEqual([]));
  });

  test("the workshop's state and the common table's votes, read live by a second client", async () => {
    const server = await startTestServer();
    const { workshop } = await groupedWorkshop(server.url);
    const facilitator = clientFor(server, workshop, workshop.sync.tokens.facilitator);
    const viewer = clientFor(server, workshop, workshop.sync.tokens.viewer);
    const state = workshopStateReading(viewer.openWorkshop().doc);
    let heard = 0;
    state.subscribe(() => heard++);
    await eventually(() =>
      expect(
        state
          .getSnapshot()
          .people.map((person) => person.name)
          .sort(),
      ).toEqual(['Anna', 'Pekka']),
    );
    expect(state.getSnapshot().groups.map((group) => group.number)).toEqual([1, 2]);
    expect(heard).toBeGreaterThan(0);

    const table = facilitator.openBoard({ kind: 'plenary' }, { undoable: true });
    const votes = votesReading(viewer.openBoard({ kind: 'plenary' }, { undoable: false }).doc);
    await eventually(() => expect(table.connection.status.getSnapshot().state).toBe('live'));
    expect(votes.getSnapshot().open).toBeUndefined();
    const opened = openVote(table.doc, { dotsPerPerson: 3 });
    expect(opened.ok).toBe(true);
    await eventually(() => expect(votes.getSnapshot().open?.dotsPerPerson).toBe(3));
  });

  test('a refused token closes the board for good, says why, and stops retrying', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const stranger = clientFor(server, workshop, 'not-a-token');
    const board = stranger.openBoard({ kind: 'plenary' }, { undoable: true });
    await eventually(() => expect(board.closedReason.getSnapshot()).toBe('unauthorized'));
    expect(stranger.refusal().getSnapshot()).toBe('unauthorized');
    await eventually(() => expect(board.connection.provider.shouldConnect).toBe(false));
  });

  test('a deleted workshop: the API says workshopNotFound to a board opened later', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const deleted = await fetch(`${server.url}/api/workshops/${workshop.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${workshop.sync.tokens.facilitator}` },
    });
    expect(deleted.status).toBeLessThan(300);
    const late = clientFor(server, workshop, workshop.sync.tokens.facilitator);
    const board = late.openBoard({ kind: 'plenary' }, { undoable: true });
    await eventually(() => expect(board.closedReason.getSnapshot()).toBe('workshopNotFound'));
  });

  test("follows the groups' boards live, closes the ones dropped, and merges them in one undoable step", async () => {
    const server = await startTestServer();
    const { workshop } = await groupedWorkshop(server.url);
    const facilitator = clientFor(server, workshop, workshop.sync.tokens.facilitator);
    const group1 = facilitator.linkGroupBoard(1);
    await eventually(() => expect(group1.connection.status.getSnapshot().state).toBe('live'));
    expect(createNote(group1.doc, CELL, { text: 'Nuorten työpajat' }).ok).toBe(true);
    await eventually(() => expect(group1.connection.savedState.getSnapshot()).toBe('saved'));

    const followed = facilitator.followGroupBoards();
    followed.follow([1, 2]);
    expect(followed.links.getSnapshot().map((link) => link.group)).toEqual([1, 2]);
    const [first] = followed.links.getSnapshot();
    await eventually(() => expect(textsIn(first!.doc)).toEqual(['Nuorten työpajat']));
    followed.follow([2]);
    expect(followed.links.getSnapshot().map((link) => link.group)).toEqual([2]);
    expect(first!.doc.isDestroyed).toBe(true);

    const common = facilitator.openBoard({ kind: 'plenary' }, { undoable: true });
    await eventually(() => expect(common.connection.status.getSnapshot().state).toBe('live'));
    const opened = await facilitator.openMerge([1, 2], common.doc);
    if (!opened.ok) throw new Error(`merge not opened: ${opened.problem}`);
    const outcome = opened.session.merge(common.undo);
    expect(outcome.ok).toBe(true);
    expect(textsIn(common.doc)).toEqual(['Nuorten työpajat']);
    common.undo?.undo();
    expect(textsIn(common.doc)).toEqual([]);
  });

  test("close() ends every session the client opened; workshopDeleted() also drops this device's copies", async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const client = clientFor(server, workshop, workshop.sync.tokens.facilitator, true);
    const room = client.openWorkshop();
    const board = client.openBoard({ kind: 'plenary' }, { undoable: true });
    await eventually(() => expect(board.connection.status.getSnapshot().state).toBe('live'));
    expect(createNote(board.doc, CELL, { text: 'Työkokeilu' }).ok).toBe(true);
    const copies = async () =>
      (await indexedDB.databases()).map(({ name }) => name).filter((name) => name?.startsWith(`avaa:${workshop.id}/`));
    await eventually(async () =>
      expect((await copies()).sort()).toEqual([`avaa:${workshop.id}/plenary`, `avaa:${workshop.id}/workshop`]),
    );

    await client.workshopDeleted();
    expect(room.doc.isDestroyed).toBe(true);
    expect(board.doc.isDestroyed).toBe(true);
    await eventually(async () => expect(await copies()).toEqual([]));
  });
});
